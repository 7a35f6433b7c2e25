package id.canting.matching.internal.recommend;

import java.util.EnumSet;
import java.util.Set;

import id.canting.certification.BatikmarkStanding;
import id.canting.matching.BuyerType;
import id.canting.matching.VolumeUnit;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/** Test-data builders: {@code aBuyer().wanting(CAP).volume(3000, VolumeUnit.METRE).build()}, {@code aSeller()…}. */
final class Counterparts {

	private Counterparts() {
	}

	static BuyerBuilder aBuyer() {
		return new BuyerBuilder();
	}

	static SellerBuilder aSeller() {
		return new SellerBuilder();
	}

	static final class BuyerBuilder {

		private long id = 1;
		private String company = "PT Buyer";
		private String province = "31";
		private Set<Technique> techniques = EnumSet.noneOf(Technique.class);
		private Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);
		private Integer volume;
		private VolumeUnit unit = VolumeUnit.METRE;
		private Long priceMin;
		private Long priceMax;
		private boolean batikmark;

		BuyerBuilder id(long id) {
			this.id = id;
			return this;
		}

		BuyerBuilder company(String company) {
			this.company = company;
			return this;
		}

		BuyerBuilder inProvince(String province) {
			this.province = province;
			return this;
		}

		BuyerBuilder wanting(Technique... techniques) {
			this.techniques = techniques.length == 0 ? EnumSet.noneOf(Technique.class) : EnumSet.of(techniques[0], techniques);
			return this;
		}

		BuyerBuilder wantingCategories(ProductCategory... categories) {
			this.categories = categories.length == 0 ? EnumSet.noneOf(ProductCategory.class)
					: EnumSet.of(categories[0], categories);
			return this;
		}

		BuyerBuilder volume(Integer volume, VolumeUnit unit) {
			this.volume = volume;
			this.unit = unit;
			return this;
		}

		BuyerBuilder price(Long min, Long max) {
			this.priceMin = min;
			this.priceMax = max;
			return this;
		}

		BuyerBuilder requiringBatikmark() {
			this.batikmark = true;
			return this;
		}

		BuyerInterest build() {
			return new BuyerInterest(id, company, BuyerType.RETAILER, province == null ? "SG" : "ID", province, techniques,
					categories, volume, unit, priceMin, priceMax, batikmark);
		}
	}

	static final class SellerBuilder {

		private long id = 100;
		private String name = "IKM Batik";
		private String province = "33";
		private Set<Technique> techniques = EnumSet.noneOf(Technique.class);
		private Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);
		private Integer capacity;
		private VolumeUnit unit;
		private BatikmarkStanding batikmark = BatikmarkStanding.NONE;
		private Long priceMin;
		private Long priceMax;
		private String booth;

		SellerBuilder id(long id) {
			this.id = id;
			return this;
		}

		SellerBuilder named(String name) {
			this.name = name;
			return this;
		}

		SellerBuilder inProvince(String province) {
			this.province = province;
			return this;
		}

		SellerBuilder making(Technique... techniques) {
			this.techniques = techniques.length == 0 ? EnumSet.noneOf(Technique.class) : EnumSet.of(techniques[0], techniques);
			return this;
		}

		SellerBuilder makingCategories(ProductCategory... categories) {
			this.categories = categories.length == 0 ? EnumSet.noneOf(ProductCategory.class)
					: EnumSet.of(categories[0], categories);
			return this;
		}

		SellerBuilder capacity(Integer capacity, VolumeUnit unit) {
			this.capacity = capacity;
			this.unit = unit;
			return this;
		}

		SellerBuilder batikmark(BatikmarkStanding standing) {
			this.batikmark = standing;
			return this;
		}

		SellerBuilder price(Long min, Long max) {
			this.priceMin = min;
			this.priceMax = max;
			return this;
		}

		SellerBuilder atBooth(String booth) {
			this.booth = booth;
			return this;
		}

		SellerOffer build() {
			return new SellerOffer(id, name, province, techniques, categories, capacity, unit, batikmark, priceMin,
					priceMax, booth != null, booth);
		}
	}
}
