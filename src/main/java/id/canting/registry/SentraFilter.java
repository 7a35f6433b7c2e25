package id.canting.registry;

/** Which sentra a list shows; every part is optional. {@code q} searches code and name. */
public record SentraFilter(String province, String regency, Revitalisation revitalisation, RecordStatus status,
		String q) {
}
