package id.canting.account;

/** Someone signed in (form login or API token request). */
public record LoginSucceeded(String username, String clientAddress) {
}
