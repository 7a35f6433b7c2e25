package id.canting.programme.catalogue.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeDetails;
import id.canting.programme.catalogue.ProgrammeInput;
import id.canting.programme.catalogue.internal.EligibilityRules;
import id.canting.programme.catalogue.internal.RateLine;
import id.canting.programme.catalogue.internal.ReadinessRule;
import id.canting.programme.catalogue.internal.ReadinessRuleInput;
import id.canting.programme.catalogue.internal.ReimbursementInput;

/**
 * The admin's programme form: the call, its eligibility rules and, for machine restructuring, its
 * reimbursement rate table (a fixed number of rows; empty rows are skipped).
 */
public class ProgrammeForm {

	/** Rows of the rate table: one per origin and size class fits (2 origins times any, kecil, menengah). */
	static final int RATE_ROWS = 6;
	/** Rows of readiness rules: the overall index and two pillars, say. */
	static final int READINESS_ROWS = 3;

	private String code;
	private String name;
	private String type;
	private Integer year;
	private Long budgetIdr;
	private Integer quota;
	private String opensOn;
	private String closesOn;
	private String target;
	private String organiser;
	private String description;
	private List<String> provinces = new ArrayList<>();
	private List<String> techniques = new ArrayList<>();
	private List<String> kinds = new ArrayList<>();
	private List<String> sizeClasses = new ArrayList<>();
	private boolean nibRequired;
	private boolean sentraMemberRequired;
	private Integer minActiveSentraMembers;
	private Integer noBenefitWithinYears;
	private List<ReadinessRuleForm> readiness = blankReadiness(READINESS_ROWS);
	private List<RateForm> rates = blankRates(RATE_ROWS);
	private Long minimumIdr;
	private Long maximumIdr;
	private int version;

	static ProgrammeForm of(Programme programme) {
		ProgrammeDetails d = programme.details();
		EligibilityRules r = d.rules();
		ProgrammeForm form = new ProgrammeForm();
		form.code = d.code();
		form.name = d.name();
		form.type = d.type().name();
		form.year = d.year();
		form.budgetIdr = d.budgetIdr();
		form.quota = d.quota();
		form.opensOn = d.opensOn().toString();
		form.closesOn = d.closesOn().toString();
		form.target = d.target().name();
		form.organiser = d.organiser();
		form.description = d.description();
		form.provinces = new ArrayList<>(r.provinces());
		form.techniques = r.techniques().stream().map(Enum::name).toList();
		form.kinds = r.kinds().stream().map(Enum::name).toList();
		form.sizeClasses = r.sizeClasses().stream().map(Enum::name).toList();
		form.nibRequired = r.nibRequired();
		form.sentraMemberRequired = r.sentraMemberRequired();
		form.minActiveSentraMembers = r.minActiveSentraMembers();
		form.noBenefitWithinYears = r.noBenefitWithinYears();
		List<ReadinessRuleForm> readinessRows = new ArrayList<>(r.readiness().stream().map(ReadinessRuleForm::of).toList());
		readinessRows.addAll(blankReadiness(READINESS_ROWS - readinessRows.size()));
		form.readiness = readinessRows;
		if (d.reimbursement() != null) {
			List<RateForm> rows = new ArrayList<>(d.reimbursement().rates().stream().map(RateForm::of).toList());
			rows.addAll(blankRates(RATE_ROWS - rows.size()));
			form.rates = rows;
			form.minimumIdr = d.reimbursement().minimumIdr();
			form.maximumIdr = d.reimbursement().maximumIdr();
		}
		form.version = programme.version();
		return form;
	}

	private static List<RateForm> blankRates(int count) {
		List<RateForm> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new RateForm());
		}
		return rows;
	}

	private static List<ReadinessRuleForm> blankReadiness(int count) {
		List<ReadinessRuleForm> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new ReadinessRuleForm());
		}
		return rows;
	}

	ProgrammeInput toInput() {
		return new ProgrammeInput(code, name, type, year, budgetIdr, quota, opensOn, closesOn, target, organiser,
				description, provinces, techniques, kinds, sizeClasses, nibRequired, sentraMemberRequired,
				minActiveSentraMembers, noBenefitWithinYears, new ReimbursementInput(
						rates.stream().map(RateForm::toInput).toList(), minimumIdr, maximumIdr),
				readiness.stream().map(ReadinessRuleForm::toInput).toList());
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public Long getBudgetIdr() { return budgetIdr; }
	public void setBudgetIdr(Long budgetIdr) { this.budgetIdr = budgetIdr; }
	public Integer getQuota() { return quota; }
	public void setQuota(Integer quota) { this.quota = quota; }
	public String getOpensOn() { return opensOn; }
	public void setOpensOn(String opensOn) { this.opensOn = opensOn; }
	public String getClosesOn() { return closesOn; }
	public void setClosesOn(String closesOn) { this.closesOn = closesOn; }
	public String getTarget() { return target; }
	public void setTarget(String target) { this.target = target; }
	public String getOrganiser() { return organiser; }
	public void setOrganiser(String organiser) { this.organiser = organiser; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public List<String> getProvinces() { return provinces; }
	public void setProvinces(List<String> provinces) { this.provinces = provinces; }
	public List<String> getTechniques() { return techniques; }
	public void setTechniques(List<String> techniques) { this.techniques = techniques; }
	public List<String> getKinds() { return kinds; }
	public void setKinds(List<String> kinds) { this.kinds = kinds; }
	public List<String> getSizeClasses() { return sizeClasses; }
	public void setSizeClasses(List<String> sizeClasses) { this.sizeClasses = sizeClasses; }
	public boolean isNibRequired() { return nibRequired; }
	public void setNibRequired(boolean nibRequired) { this.nibRequired = nibRequired; }
	public boolean isSentraMemberRequired() { return sentraMemberRequired; }
	public void setSentraMemberRequired(boolean sentraMemberRequired) { this.sentraMemberRequired = sentraMemberRequired; }
	public Integer getMinActiveSentraMembers() { return minActiveSentraMembers; }
	public void setMinActiveSentraMembers(Integer minActiveSentraMembers) { this.minActiveSentraMembers = minActiveSentraMembers; }
	public Integer getNoBenefitWithinYears() { return noBenefitWithinYears; }
	public void setNoBenefitWithinYears(Integer noBenefitWithinYears) { this.noBenefitWithinYears = noBenefitWithinYears; }
	public List<ReadinessRuleForm> getReadiness() { return readiness; }
	public void setReadiness(List<ReadinessRuleForm> readiness) { this.readiness = readiness; }
	public List<RateForm> getRates() { return rates; }
	public void setRates(List<RateForm> rates) { this.rates = rates; }
	public Long getMinimumIdr() { return minimumIdr; }
	public void setMinimumIdr(Long minimumIdr) { this.minimumIdr = minimumIdr; }
	public Long getMaximumIdr() { return maximumIdr; }
	public void setMaximumIdr(Long maximumIdr) { this.maximumIdr = maximumIdr; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

	/** One row of the rate table; an empty size class is a line for every size class. */
	public static class RateForm {

		private String origin;
		private String sizeClass;
		private BigDecimal ratePercent;

		static RateForm of(RateLine line) {
			RateForm row = new RateForm();
			row.origin = line.origin().name();
			row.sizeClass = line.sizeClass() == null ? "" : line.sizeClass().name();
			row.ratePercent = line.plainPercent();
			return row;
		}

		ReimbursementInput.Rate toInput() {
			return new ReimbursementInput.Rate(origin, sizeClass, ratePercent);
		}

		public String getOrigin() { return origin; }
		public void setOrigin(String origin) { this.origin = origin; }
		public String getSizeClass() { return sizeClass; }
		public void setSizeClass(String sizeClass) { this.sizeClass = sizeClass; }
		public BigDecimal getRatePercent() { return ratePercent; }
		public void setRatePercent(BigDecimal ratePercent) { this.ratePercent = ratePercent; }
	}

	/** One readiness rule; a row left empty sets none. */
	public static class ReadinessRuleForm {

		private String subject;
		private String comparison;
		private BigDecimal value;

		static ReadinessRuleForm of(ReadinessRule rule) {
			ReadinessRuleForm row = new ReadinessRuleForm();
			row.subject = rule.subject().name();
			row.comparison = rule.comparison().name();
			row.value = rule.threshold();
			return row;
		}

		ReadinessRuleInput toInput() {
			return new ReadinessRuleInput(subject, comparison, value);
		}

		public String getSubject() { return subject; }
		public void setSubject(String subject) { this.subject = subject; }
		public String getComparison() { return comparison; }
		public void setComparison(String comparison) { this.comparison = comparison; }
		public BigDecimal getValue() { return value; }
		public void setValue(BigDecimal value) { this.value = value; }
	}
}
