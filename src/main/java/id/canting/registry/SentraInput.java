package id.canting.registry;

/** A sentra as a person or a file states it, before {@link SentraRules} has looked at it. */
public record SentraInput(String code, String name, String regencyCode, String address, Integer yearEstablished,
		String revitalisation, Integer revitalisationYear, String notes) {
}
