package id.canting.development.web;

import java.time.LocalDate;

import id.canting.development.internal.FacilityCondition;
import id.canting.development.internal.FacilityKind;
import id.canting.development.internal.ProjectInput;
import id.canting.shared.web.Day;
import id.canting.shared.web.Rupiah;
import id.canting.shared.web.TypedAmount;

/** The form that records a revitalisation project of the sentra. */
public class ProjectForm {

	private String provided;
	@Day
	private LocalDate providedOn;
	@Rupiah(refusal = "development.validation.project.cost")
	private TypedAmount costIdr;
	private FacilityKind facilityKind;
	private FacilityCondition conditionBefore;
	private FacilityCondition conditionAfter;
	private Long applicationId;

	ProjectInput input() {
		return new ProjectInput(provided, providedOn, TypedAmount.amountOf(costIdr), facilityKind, conditionBefore,
				conditionAfter, applicationId);
	}

	public String getProvided() {
		return provided;
	}

	public void setProvided(String provided) {
		this.provided = provided;
	}

	public LocalDate getProvidedOn() {
		return providedOn;
	}

	public void setProvidedOn(LocalDate providedOn) {
		this.providedOn = providedOn;
	}

	public TypedAmount getCostIdr() {
		return costIdr;
	}

	public void setCostIdr(TypedAmount costIdr) {
		this.costIdr = costIdr;
	}

	public FacilityKind getFacilityKind() {
		return facilityKind;
	}

	public void setFacilityKind(FacilityKind facilityKind) {
		this.facilityKind = facilityKind;
	}

	public FacilityCondition getConditionBefore() {
		return conditionBefore;
	}

	public void setConditionBefore(FacilityCondition conditionBefore) {
		this.conditionBefore = conditionBefore;
	}

	public FacilityCondition getConditionAfter() {
		return conditionAfter;
	}

	public void setConditionAfter(FacilityCondition conditionAfter) {
		this.conditionAfter = conditionAfter;
	}

	public Long getApplicationId() {
		return applicationId;
	}

	public void setApplicationId(Long applicationId) {
		this.applicationId = applicationId;
	}
}
