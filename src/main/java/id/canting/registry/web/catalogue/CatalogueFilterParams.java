package id.canting.registry.web.catalogue;

import id.canting.registry.Dye;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.registry.web.RegionChoice;

/**
 * The query parameters of the public catalogue: the IKM list's filters without those the public may
 * not use (status, size class, owner gender), since the catalogue shows only active, verified IKM
 * and no personal data.
 */
public record CatalogueFilterParams(String province, String regency, Long sentra, Technique technique,
		ProductCategory category, Dye dye, IkmKind kind, String q) {

	/** As on the IKM list page: an empty province is "all", a regency from another province is dropped. */
	public IkmFilter filter() {
		return new IkmFilter(RegionChoice.province(province), RegionChoice.regencyWithin(province, regency), sentra,
				technique, category, dye, kind, null, q);
	}

	/** Exactly as another system asked for it. */
	public IkmFilter asGiven() {
		return new IkmFilter(province, regency, sentra, technique, category, dye, kind, null, q);
	}
}
