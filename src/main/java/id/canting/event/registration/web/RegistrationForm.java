package id.canting.event.registration.web;

import id.canting.event.registration.internal.RegistrantInput;

/** The registration form of a session's page, bound with {@code @ModelAttribute}. */
public class RegistrationForm {

	private String name;
	private String email;
	private String phone;
	private String organisation;
	private String ageGroup;
	private boolean consent;

	RegistrantInput toInput(String language) {
		return new RegistrantInput(name, email, phone, organisation, ageGroup, consent, language);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getOrganisation() { return organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public String getAgeGroup() { return ageGroup; }
	public void setAgeGroup(String ageGroup) { this.ageGroup = ageGroup; }
	public boolean isConsent() { return consent; }
	public void setConsent(boolean consent) { this.consent = consent; }
}
