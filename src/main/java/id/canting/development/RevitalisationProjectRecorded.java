package id.canting.development;

import id.canting.registry.SentraId;

/**
 * A revitalisation project was recorded for a sentra; {@code summary} says what was provided, when,
 * at what cost and the facility's condition before and after.
 */
public record RevitalisationProjectRecorded(long projectId, SentraId sentraId, String provinceCode, String summary,
		String by) {
}
