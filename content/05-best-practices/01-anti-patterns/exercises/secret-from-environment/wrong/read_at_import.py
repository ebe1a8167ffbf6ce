# expect-fail: test_uses_the_token_from_the_environment, test_reads_the_token_at_call_time
"""Authenticate requests to the billing service."""

import os

API_TOKEN = os.environ.get("SERVICE_API_TOKEN", "")


def auth_headers() -> dict[str, str]:
    """Headers that authenticate one request to the billing service.

    The token comes from the SERVICE_API_TOKEN environment variable, read on
    every call. If it is not set, or is empty, raise RuntimeError with a
    message that names the variable.
    """
    if not API_TOKEN:
        raise RuntimeError("SERVICE_API_TOKEN is not set: export the billing service's API token")
    return {"Authorization": f"Bearer {API_TOKEN}", "Accept": "application/json"}


if __name__ == "__main__":
    # On a server, the deployment sets SERVICE_API_TOKEN before the service starts.
    try:
        print(auth_headers())
    except RuntimeError as error:
        print("cannot authenticate:", error)
