package id.canting.programme.impact.web;

import java.math.BigDecimal;

import id.canting.programme.impact.internal.ApplicationIndicators;
import id.canting.programme.impact.internal.IndicatorInput;
import id.canting.programme.impact.internal.IndicatorMeasurement;

/** The indicator measurement form; its property names are the field names the rules report. */
public class IndicatorForm {

	private String measuredOn;
	private Integer workers;
	private Long capacityPiecesPerMonth;
	private Long annualSalesIdr;
	private Integer naturalDyePercent;
	private Boolean batikmark = Boolean.FALSE;
	private BigDecimal indiScore;
	private int version;

	/** The form for a phase: its recorded measurement to correct, or empty. */
	static IndicatorForm of(ApplicationIndicators.Recorded recorded, int version) {
		IndicatorForm form = new IndicatorForm();
		form.version = version;
		if (recorded != null) {
			IndicatorMeasurement m = recorded.measurement();
			form.measuredOn = m.measuredOn().toString();
			form.workers = m.workers();
			form.capacityPiecesPerMonth = m.capacityPiecesPerMonth();
			form.annualSalesIdr = m.annualSalesIdr();
			form.naturalDyePercent = m.naturalDyePercent();
			form.batikmark = m.batikmark();
			form.indiScore = m.indiScore();
		}
		return form;
	}

	IndicatorInput toInput() {
		return new IndicatorInput(measuredOn, workers, capacityPiecesPerMonth, annualSalesIdr, naturalDyePercent,
				batikmark, indiScore);
	}

	public String getMeasuredOn() { return measuredOn; }
	public void setMeasuredOn(String measuredOn) { this.measuredOn = measuredOn; }
	public Integer getWorkers() { return workers; }
	public void setWorkers(Integer workers) { this.workers = workers; }
	public Long getCapacityPiecesPerMonth() { return capacityPiecesPerMonth; }
	public void setCapacityPiecesPerMonth(Long capacityPiecesPerMonth) { this.capacityPiecesPerMonth = capacityPiecesPerMonth; }
	public Long getAnnualSalesIdr() { return annualSalesIdr; }
	public void setAnnualSalesIdr(Long annualSalesIdr) { this.annualSalesIdr = annualSalesIdr; }
	public Integer getNaturalDyePercent() { return naturalDyePercent; }
	public void setNaturalDyePercent(Integer naturalDyePercent) { this.naturalDyePercent = naturalDyePercent; }
	public Boolean getBatikmark() { return batikmark; }
	public void setBatikmark(Boolean batikmark) { this.batikmark = batikmark; }
	public BigDecimal getIndiScore() { return indiScore; }
	public void setIndiScore(BigDecimal indiScore) { this.indiScore = indiScore; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
