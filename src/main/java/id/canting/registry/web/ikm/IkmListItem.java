package id.canting.registry.web.ikm;

import java.util.List;

/** One IKM in an API list. */
public record IkmListItem(long id, String nib, String name, String ownerName, String regencyCode, String regencyName,
		String provinceCode, String provinceName, Long sentraId, String sentraName, String kind,
		List<String> techniques, int workers, String sizeClass, String status, String verification) {
}
