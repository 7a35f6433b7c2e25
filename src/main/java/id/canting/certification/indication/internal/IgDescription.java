package id.canting.certification.indication.internal;

/**
 * The description document (buku persyaratan) of a geographical indication beside its name and
 * product, which are the first two of its nine sections: distinguishing characteristics and quality;
 * the influence of geographic, natural and human factors; the area boundaries; history and tradition;
 * the production process; the quality-testing method; and the label.
 */
public record IgDescription(String characteristics, String geographicFactors, String areaBoundaries,
		String historyTradition, String productionProcess, String qualityTesting, String labelDescription) {

	/** A description with no section written yet. */
	public static IgDescription empty() {
		return new IgDescription(null, null, null, null, null, null, null);
	}
}
