package id.canting.account.web;

import java.util.List;

import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.registry.IkmId;
import id.canting.registry.RegistryQueries;

/**
 * An account on a page: its API view plus its scope in words people read — the name of the officer's
 * province, the names of the owner's IKM (linked to their pages) rather than their numbers.
 */
record UserRow(UserResponse user, String provinceName, List<NamedIkm> ikm) {

	/** An IKM of an owner's account, by name. */
	record NamedIkm(long id, String name) {
	}

	static List<UserRow> of(List<UserResponse> users, Regions regions, RegistryQueries registry) {
		var names = registry.names(users.stream().flatMap(u -> u.ikmIds().stream()).map(IkmId::new).toList());
		return users.stream().map(user -> {
			String province = user.provinceCode() == null ? null
					: regions.province(user.provinceCode()).map(Province::name).orElse(user.provinceCode());
			List<NamedIkm> ikm = names.entrySet().stream()
				.filter(n -> user.ikmIds().contains(n.getKey().value()))
				.map(n -> new NamedIkm(n.getKey().value(), n.getValue()))
				.toList();
			return new UserRow(user, province, ikm);
		}).toList();
	}
}
