# expect-fail: test_a_missing_token_is_a_clear_error
"""Authenticate requests to the billing service."""

import os


def auth_headers() -> dict[str, str]:
    """Headers that authenticate one request to the billing service.

    The token comes from the SERVICE_API_TOKEN environment variable, read on
    every call. If it is not set, or is empty, raise RuntimeError with a
    message that names the variable.
    """
    token = os.environ["SERVICE_API_TOKEN"]
    return {"Authorization": f"Bearer {token}", "Accept": "application/json"}


if __name__ == "__main__":
    # On a server, the deployment sets SERVICE_API_TOKEN before the service starts.
    try:
        print(auth_headers())
    except RuntimeError as error:
        print("cannot authenticate:", error)
