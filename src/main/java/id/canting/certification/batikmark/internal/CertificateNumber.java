package id.canting.certification.batikmark.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A certificate's readable number as printed on the label: {@code BMI-<year>-<five digits>}, e.g.
 * {@code BMI-2024-00123}. Typed numbers are read leniently (case, spaces around), nothing else.
 */
public record CertificateNumber(int year, int sequence) {

	public static final String FORMAT = "BMI-YYYY-NNNNN";
	private static final Pattern PATTERN = Pattern.compile("BMI-(\\d{4})-(\\d{5})");

	public CertificateNumber {
		if (year < 2000 || year > 2999 || sequence < 1 || sequence > 99_999) {
			throw new IllegalArgumentException("not a certificate number: " + year + "/" + sequence);
		}
	}

	/** The number a person typed or a QR carried, when it has the form {@value #FORMAT}. */
	public static Optional<CertificateNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var m = PATTERN.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
		if (!m.matches() || Integer.parseInt(m.group(2)) == 0) {
			return Optional.empty();
		}
		return Optional.of(new CertificateNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
	}

	@Override
	public String toString() {
		return "BMI-%04d-%05d".formatted(year, sequence);
	}
}
