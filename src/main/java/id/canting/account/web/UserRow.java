package id.canting.account.web;

import id.canting.region.Province;
import id.canting.region.Regions;

/** An account on a page: its API view plus the name of the officer's province, for people to read. */
record UserRow(UserResponse user, String provinceName, String ikmIdsText) {

	static UserRow of(UserResponse user, Regions regions) {
		String province = user.provinceCode() == null ? null
				: regions.province(user.provinceCode()).map(Province::name).orElse(user.provinceCode());
		String ikm = user.ikmIds().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(null);
		return new UserRow(user, province, ikm);
	}
}
