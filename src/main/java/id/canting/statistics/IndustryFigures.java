package id.canting.statistics;

import java.time.Instant;
import java.util.List;

import id.canting.statistics.IndustrySummary.ProvinceFigure;
import id.canting.statistics.IndustrySummary.Share;

/**
 * The registry analytics of the batik industry for one scope (the country, or one province): active
 * IKM and their workers broken down every way the ministry publishes, with the two shares it quotes.
 * Each breakdown counts what the IKM list shows for the same filter with status ACTIVE. {@code certified}
 * counts the IKM holding an active Batikmark certificate, from the certification module.
 */
public record IndustryFigures(Scope scope, String definition, String source, Instant asOf, long ikm, long workers,
		long sentra, ShareOf naturalDyes, ShareOf womenOwned, List<ProvinceFigure> byProvince,
		List<RegencyFigure> byRegency, List<SentraFigure> bySentra, List<Share> byTechnique, List<Share> byCategory,
		List<Share> byDye, List<Share> bySizeClass, List<Share> byOwnerGender, List<Share> byKind, Certified certified) {

	/**
	 * The IKM in scope holding an active Batikmark certificate (see {@code definition}), by province
	 * ({@code key} the Kemendagri code) and by certified technique ({@code key} TULIS, CAP, KOMBINASI);
	 * {@code asOf} is the latest change to a certificate.
	 */
	public record Certified(String definition, String source, Instant asOf, long ikm, List<CertifiedCount> byProvince,
			List<CertifiedCount> byTechnique) {
	}

	/** One province or technique with its certified IKM; {@code name} is the province name (null for a technique). */
	public record CertifiedCount(String key, String name, long ikm) {
	}

	/** The province the figures cover ({@code code} 2 digits, Kemendagri), or the country ({@code code} null). */
	public record Scope(String code, String name) {
	}

	/** {@code ikm} of the {@code of} active IKM in scope, as a percentage with one decimal. */
	public record ShareOf(long ikm, long of, double percent) {

		static ShareOf of(long part, long whole) {
			return new ShareOf(part, whole, Share.percent(part, whole));
		}
	}

	/** One regency's (or city's) active IKM, workers and sentra; {@code code} is {@code PP.RR}. */
	public record RegencyFigure(String code, String name, long ikm, long workers, long sentra) {
	}

	/** One sentra with its active member IKM and their workers. */
	public record SentraFigure(long id, String code, String name, String regencyCode, long ikm, long workers) {
	}
}
