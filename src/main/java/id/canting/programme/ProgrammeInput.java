package id.canting.programme;

import java.util.List;

/**
 * A programme as given by a form or the API, before {@link ProgrammeRules} read it: codes as text,
 * dates as {@code 2024-03-01}, amounts in IDR.
 */
public record ProgrammeInput(String code, String name, String type, Integer year, Long budgetIdr, Integer quota,
		String opensOn, String closesOn, String target, String organiser, String description, List<String> provinces,
		List<String> techniques, List<String> kinds, List<String> sizeClasses, Boolean nibRequired,
		Boolean sentraMemberRequired, Integer minActiveSentraMembers, Integer noBenefitWithinYears) {
}
