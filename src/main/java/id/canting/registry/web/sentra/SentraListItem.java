package id.canting.registry.web.sentra;

/** One sentra in an API list. */
public record SentraListItem(long id, String code, String name, String regencyCode, String regencyName, String provinceCode,
		String provinceName, String revitalisation, Integer revitalisationYear, String status, int activeMembers,
		boolean belowMinimumMembers) {
}
