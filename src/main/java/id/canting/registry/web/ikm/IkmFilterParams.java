package id.canting.registry.web.ikm;

import id.canting.registry.Dye;
import id.canting.registry.Gender;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.registry.RecordStatus;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;
import id.canting.registry.Verification;
import id.canting.registry.web.RegionChoice;

/**
 * The query parameters of the IKM list and its export, bound once for the pages and the API (the
 * record's components are the parameters' names, so the API document lists each one). Every part is
 * optional; a value that does not fit its type is refused naming the parameter.
 */
public record IkmFilterParams(String province, String regency, Long sentra, Technique technique, ProductCategory category,
		Dye dye, IkmKind kind, RecordStatus status, SizeClass sizeClass, Gender ownerGender, Verification verification,
		String q) {

	/**
	 * The filter as the list page means it: an empty province is "all", and a regency left over from
	 * another province no longer filters.
	 */
	public IkmFilter filter() {
		return new IkmFilter(RegionChoice.province(province), RegionChoice.regencyWithin(province, regency), sentra,
				technique, category, dye, kind, status, q, sizeClass, ownerGender, verification);
	}

	/**
	 * The filter exactly as another system asked for it: a regency outside the province asked for finds
	 * nothing rather than being dropped silently.
	 */
	public IkmFilter asGiven() {
		return new IkmFilter(province, regency, sentra, technique, category, dye, kind, status, q, sizeClass, ownerGender,
				verification);
	}
}
