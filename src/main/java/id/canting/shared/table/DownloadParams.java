package id.canting.shared.table;

/**
 * The query parameters of every table download, bound as one object ({@code ?format=csv|xlsx&lang=id|en});
 * {@link #request()} checks them and names the parameter it refuses.
 */
public record DownloadParams(String format, String lang) {

	public TableRequest request() {
		return TableRequest.of(format, lang);
	}
}
