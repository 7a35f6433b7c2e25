package id.canting.development.web;

import java.math.BigDecimal;

/** A sentra's coordinates (WGS 84 degrees, within Indonesia); both null clear them. */
record LocationRequest(BigDecimal latitude, BigDecimal longitude) {
}
