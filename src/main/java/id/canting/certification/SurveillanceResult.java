package id.canting.certification;

/** What a surveillance visit found: the product still meets the standard (PASS) or not (FAIL). */
public enum SurveillanceResult {
	PASS, FAIL
}
