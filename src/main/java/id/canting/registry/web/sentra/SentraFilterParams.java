package id.canting.registry.web.sentra;

import id.canting.registry.RecordStatus;
import id.canting.registry.Revitalisation;
import id.canting.registry.SentraFilter;
import id.canting.registry.web.RegionChoice;

/**
 * The query parameters of the sentra list and its export, bound once for the pages and the API (the
 * record's components are the parameters' names, so the API document lists each one). Every part is
 * optional; a value that does not fit its type is refused naming the parameter.
 */
public record SentraFilterParams(String province, String regency, Revitalisation revitalisation, RecordStatus status,
		String q) {

	/** The filter as the list page means it: an empty province is "all", a regency of another province no longer filters. */
	public SentraFilter filter() {
		return new SentraFilter(RegionChoice.province(province), RegionChoice.regencyWithin(province, regency),
				revitalisation, status, q);
	}

	/** The filter exactly as another system asked for it. */
	public SentraFilter asGiven() {
		return new SentraFilter(province, regency, revitalisation, status, q);
	}
}
