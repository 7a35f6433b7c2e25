package id.canting.event.registration.internal;

/**
 * What a registrant typed (form or API), before {@link RegistrationRules} checked it. {@code consent}
 * is whether they ticked the statement; {@code language} the page's ({@code id} or {@code en}).
 */
public record RegistrantInput(String name, String email, String phone, String organisation, String ageGroup,
		Boolean consent, String language) {
}
