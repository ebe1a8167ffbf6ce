# expect-fail: test_a_missing_token_is_a_clear_error, test_an_empty_token_is_refused
"""Authenticate requests to the billing service."""

import os


def auth_headers() -> dict[str, str]:
    """Headers that authenticate one request to the billing service.

    The token comes from the SERVICE_API_TOKEN environment variable, read on
    every call. If it is not set, or is empty, raise RuntimeError with a
    message that names the variable.
    """
    # Fall back to the old token so local runs keep working.
    token = os.environ.get("SERVICE_API_TOKEN", "billing-7f3a9c2e5d")
    return {"Authorization": f"Bearer {token}", "Accept": "application/json"}


if __name__ == "__main__":
    # On a server, the deployment sets SERVICE_API_TOKEN before the service starts.
    try:
        print(auth_headers())
    except RuntimeError as error:
        print("cannot authenticate:", error)
