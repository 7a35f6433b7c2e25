package id.canting.registry.web;

/**
 * The province and regency chosen on a list page. The pages' links and forms carry an empty province
 * for "all", and keep the regency when the province select changes, so both need reading before they
 * filter. The API takes them exactly as given.
 */
public final class RegionChoice {

	private RegionChoice() {
	}

	/** An empty province means "all provinces", not a province with an empty code. */
	public static String province(String province) {
		return province == null || province.isBlank() ? null : province;
	}

	/** A regency left over from another province (the province was just changed) no longer filters. */
	public static String regencyWithin(String province, String regency) {
		if (regency == null || regency.isBlank()) {
			return null;
		}
		return province == null || province.isBlank() || regency.startsWith(province + ".") ? regency : null;
	}
}
