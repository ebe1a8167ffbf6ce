"""Hidden tests for auth_headers; they run unchanged under pytest."""

import pytest

from service_auth import auth_headers


def test_uses_the_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SERVICE_API_TOKEN", "t0ken-from-env")
    assert auth_headers() == {"Authorization": "Bearer t0ken-from-env", "Accept": "application/json"}


def test_reads_the_token_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # Rotating a secret must not need a code change, nor a new import of the module.
    monkeypatch.setenv("SERVICE_API_TOKEN", "first")
    assert auth_headers()["Authorization"] == "Bearer first"
    monkeypatch.setenv("SERVICE_API_TOKEN", "second")
    assert auth_headers()["Authorization"] == "Bearer second"


def test_a_missing_token_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SERVICE_API_TOKEN", raising=False)
    with pytest.raises(RuntimeError, match="SERVICE_API_TOKEN"):
        auth_headers()


def test_an_empty_token_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SERVICE_API_TOKEN", "")
    with pytest.raises(RuntimeError, match="SERVICE_API_TOKEN"):
        auth_headers()
