package id.canting.trade;

import java.math.BigDecimal;
import java.util.List;

import id.canting.trade.internal.ProductBasketInput;
import id.canting.shared.Actor;

/**
 * Test data: a valid export record, e.g.
 * {@code ExportRecordMother.anExport().inMonth("2024-07").to("US").worthUsd("1250.50").recordWith(trade)}.
 * By default batik fabric (HS 5208.52.10) to the United States in July 2024, source BPS. Also a
 * basket ({@link #aBasket}) holding the HS codes a figure is counted over.
 */
public final class ExportRecordMother {

	private String month = "2024-07";
	private String hsCode = "5208.52.10";
	private String countryCode = "US";
	private BigDecimal valueUsd = new BigDecimal("1000.00");
	private BigDecimal netWeightKg = new BigDecimal("25.00");
	private String source = "BPS";

	private ExportRecordMother() {
	}

	public static ExportRecordMother anExport() {
		return new ExportRecordMother();
	}

	/** The month as {@code 2024-07}. */
	public ExportRecordMother inMonth(String month) {
		this.month = month;
		return this;
	}

	public ExportRecordMother ofHsCode(String hsCode) {
		this.hsCode = hsCode;
		return this;
	}

	/** The destination, ISO 3166-1 alpha-2. */
	public ExportRecordMother to(String countryCode) {
		this.countryCode = countryCode;
		return this;
	}

	public ExportRecordMother worthUsd(String valueUsd) {
		this.valueUsd = new BigDecimal(valueUsd);
		return this;
	}

	public ExportRecordMother weighingKg(String netWeightKg) {
		this.netWeightKg = new BigDecimal(netWeightKg);
		return this;
	}

	public ExportRecordMother fromSource(String source) {
		this.source = source;
		return this;
	}

	public ExportRecordInput build() {
		return new ExportRecordInput(month, hsCode, countryCode, valueUsd, netWeightKg, source);
	}

	/** Records it as ministry staff (only admins record trade data). */
	public ExportRecord recordWith(TradeManagement trade) {
		return trade.record(Actor.SYSTEM, build());
	}

	/** A default basket {@code code} of these HS codes, as the published figures count exports over one. */
	public static ProductBasketInput aBasket(String code, String... hsCodes) {
		return new ProductBasketInput(code, "Batik " + code, "Batik " + code, "Definisi uji", "Test definition", "Uji",
				List.of(hsCodes), true);
	}
}
