package id.canting.account.web;

/** A new personal API token on the profile page: only its name, which says what the token is for. */
public class TokenForm {

	private String name;

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
}
