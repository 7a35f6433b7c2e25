package id.canting.event.exhibitor.internal;

import java.util.Map;
import java.util.Set;

import id.canting.registry.ProductCategory;

/** Small applicants for hand-checked curation instances. */
final class Applicants {

	private Applicants() {
	}

	static Applicant regular(long id, double score, String province, Long sentra) {
		return new Applicant(id, "IKM " + id, score, province, sentra, sentra == null ? null : "Sentra " + sentra, false,
				Set.of(ProductCategory.FABRIC), false);
	}

	static Applicant prison(long id, double score, String province) {
		return new Applicant(id, "Lapas " + id, score, province, null, null, true, Set.of(ProductCategory.FABRIC), false);
	}

	static Applicant returning(long id, double score, String province) {
		return new Applicant(id, "IKM " + id, score, province, null, null, false, Set.of(ProductCategory.FABRIC), true);
	}

	static Applicant showing(long id, double score, String province, ProductCategory category) {
		return new Applicant(id, "IKM " + id, score, province, null, null, false, Set.of(category), false);
	}

	static CurationConstraints constraints(int booths, int provinces, int prison, int perSentra) {
		return new CurationConstraints(booths, provinces, prison, Map.of(), perSentra);
	}
}
