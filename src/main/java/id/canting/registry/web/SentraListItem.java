package id.canting.registry.web;

/** One sentra in an API list. */
record SentraListItem(long id, String code, String name, String regencyCode, String regencyName, String provinceCode,
		String provinceName, String revitalisation, Integer revitalisationYear, String status, int activeMembers,
		boolean belowMinimumMembers) {
}
