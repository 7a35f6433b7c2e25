package id.canting.registry;

import java.util.Set;

/**
 * An IKM as the public catalogue shows it: active and verified, with what buyers need to find it
 * and nothing personal (no owner, phone, email or NIB: UU 27/2022 on personal data).
 */
public record CatalogueEntry(long id, String name, String regencyCode, String provinceCode, Long sentraId,
		String sentraName, IkmKind kind, Set<Technique> techniques, Set<ProductCategory> categories) {
}
