package id.canting.trade.web;

import java.math.BigDecimal;

import id.canting.trade.ExportRecord;
import id.canting.trade.ExportRecordInput;

/** The export record create and edit form. */
public class ExportForm {

	private String month;
	private String hsCode;
	private String countryCode;
	private BigDecimal valueUsd;
	private BigDecimal netWeightKg;
	private String source;
	private int version;

	static ExportForm of(ExportRecord record) {
		ExportForm form = new ExportForm();
		form.month = record.month().toString();
		form.hsCode = record.hsCode();
		form.countryCode = record.countryCode();
		form.valueUsd = record.valueUsd();
		form.netWeightKg = record.netWeightKg();
		form.source = record.source();
		form.version = record.version();
		return form;
	}

	ExportRecordInput toInput() {
		return new ExportRecordInput(month, hsCode, countryCode, valueUsd, netWeightKg, source);
	}

	public String getMonth() { return month; }
	public void setMonth(String month) { this.month = month; }
	public String getHsCode() { return hsCode; }
	public void setHsCode(String hsCode) { this.hsCode = hsCode; }
	public String getCountryCode() { return countryCode; }
	public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
	public BigDecimal getValueUsd() { return valueUsd; }
	public void setValueUsd(BigDecimal valueUsd) { this.valueUsd = valueUsd; }
	public BigDecimal getNetWeightKg() { return netWeightKg; }
	public void setNetWeightKg(BigDecimal netWeightKg) { this.netWeightKg = netWeightKg; }
	public String getSource() { return source; }
	public void setSource(String source) { this.source = source; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
