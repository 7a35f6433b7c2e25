package id.canting.development.internal;

import java.math.BigDecimal;

/** A sentra's position (WGS 84 degrees, six decimals); both null when unknown. */
public record SentraLocation(BigDecimal latitude, BigDecimal longitude) {

	public static final SentraLocation UNKNOWN = new SentraLocation(null, null);

	public boolean known() {
		return latitude != null && longitude != null;
	}
}
