package id.canting.registry.web.catalogue;

import java.util.List;

/** One IKM of the public catalogue, as pages and the API show it: never a personal field. */
public record CatalogueItem(long id, String name, String regencyCode, String regencyName, String provinceCode,
		String provinceName, Long sentraId, String sentraName, String kind, List<String> techniques,
		List<String> categories) {
}
