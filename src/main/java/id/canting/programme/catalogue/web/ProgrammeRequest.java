package id.canting.programme.catalogue.web;

import id.canting.programme.catalogue.ProgrammeInput;
import id.canting.programme.catalogue.web.ProgrammeResponse.RulesBody;

/** A programme as the API receives it: the same shape it answers with, so a read can be sent back changed. */
record ProgrammeRequest(String code, String name, String type, Integer year, Long budgetIdr, Integer quota,
		String opensOn, String closesOn, String target, String organiser, String description, RulesBody eligibility,
		ReimbursementBody reimbursement, Integer version) {

	ProgrammeInput toInput() {
		RulesBody r = eligibility == null ? new RulesBody(null, null, null, null, null, null, null, null, null) : eligibility;
		return new ProgrammeInput(code, name, type, year, budgetIdr, quota, opensOn, closesOn, target, organiser,
				description, r.provinces(), r.techniques(), r.kinds(), r.sizeClasses(), r.nibRequired(),
				r.sentraMemberRequired(), r.minActiveSentraMembers(), r.noBenefitWithinYears(),
				reimbursement == null ? null : reimbursement.toInput(), r.readinessInput());
	}
}
