package id.canting.trade.web;

import java.math.BigDecimal;

import id.canting.trade.ExportRecordInput;

/** An export record as the API receives it; read-only fields of the response are ignored. */
record ExportRecordRequest(String month, String hsCode, String countryCode, BigDecimal valueUsd,
		BigDecimal netWeightKg, String source, Integer version) {

	ExportRecordInput toInput() {
		return new ExportRecordInput(month, hsCode, countryCode, valueUsd, netWeightKg, source);
	}
}
