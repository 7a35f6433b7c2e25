package id.canting.matching.web;

import java.util.EnumSet;
import java.util.Set;

import id.canting.matching.BuyerType;
import id.canting.matching.VolumeUnit;
import id.canting.matching.internal.BuyerProfile;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.shared.web.Rupiah;
import id.canting.shared.web.TypedAmount;

/**
 * The buyer's form: the profile, and for a sign-up without an account the new account's username and
 * password. Prices are read by the one rupiah formatter (150.000 is a hundred and fifty thousand).
 */
public class BuyerForm {

	private String username;
	private String password;
	private Integer version;
	private String companyName;
	private String contactName;
	private String email;
	private String phone;
	private BuyerType buyerType;
	private String countryCode = "ID";
	private String provinceCode;
	private Set<Technique> techniques = EnumSet.noneOf(Technique.class);
	private Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);
	private Integer volumePerMonth;
	private VolumeUnit volumeUnit = VolumeUnit.METRE;
	@Rupiah(refusal = "matching.core.validation.amount")
	private TypedAmount priceMinIdr;
	@Rupiah(refusal = "matching.core.validation.amount")
	private TypedAmount priceMaxIdr;
	private boolean batikmarkRequired;

	static BuyerForm of(MatchingParticipant p) {
		BuyerForm f = new BuyerForm();
		f.version = p.version();
		f.companyName = p.companyName();
		f.contactName = p.contactName();
		f.email = p.email();
		f.phone = p.phone();
		f.buyerType = p.buyerType();
		f.countryCode = p.countryCode();
		f.provinceCode = p.provinceCode();
		f.techniques = p.techniques();
		f.categories = p.categories();
		f.volumePerMonth = p.volumePerMonth();
		f.volumeUnit = p.volumeUnit();
		f.priceMinIdr = p.priceMinIdr() == null ? null : new TypedAmount(p.priceMinIdr());
		f.priceMaxIdr = p.priceMaxIdr() == null ? null : new TypedAmount(p.priceMaxIdr());
		f.batikmarkRequired = p.batikmarkRequired();
		return f;
	}

	BuyerProfile toProfile() {
		return new BuyerProfile(companyName, contactName, email, phone, buyerType, countryCode, provinceCode,
				techniques == null ? Set.of() : techniques, categories == null ? Set.of() : categories, volumePerMonth,
				volumeUnit, TypedAmount.amountOf(priceMinIdr), TypedAmount.amountOf(priceMaxIdr), batikmarkRequired);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getCompanyName() {
		return companyName;
	}

	public void setCompanyName(String companyName) {
		this.companyName = companyName;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public BuyerType getBuyerType() {
		return buyerType;
	}

	public void setBuyerType(BuyerType buyerType) {
		this.buyerType = buyerType;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getProvinceCode() {
		return provinceCode;
	}

	public void setProvinceCode(String provinceCode) {
		this.provinceCode = provinceCode;
	}

	public Set<Technique> getTechniques() {
		return techniques;
	}

	public void setTechniques(Set<Technique> techniques) {
		this.techniques = techniques;
	}

	public Set<ProductCategory> getCategories() {
		return categories;
	}

	public void setCategories(Set<ProductCategory> categories) {
		this.categories = categories;
	}

	public Integer getVolumePerMonth() {
		return volumePerMonth;
	}

	public void setVolumePerMonth(Integer volumePerMonth) {
		this.volumePerMonth = volumePerMonth;
	}

	public VolumeUnit getVolumeUnit() {
		return volumeUnit;
	}

	public void setVolumeUnit(VolumeUnit volumeUnit) {
		this.volumeUnit = volumeUnit;
	}

	public TypedAmount getPriceMinIdr() {
		return priceMinIdr;
	}

	public void setPriceMinIdr(TypedAmount priceMinIdr) {
		this.priceMinIdr = priceMinIdr;
	}

	public TypedAmount getPriceMaxIdr() {
		return priceMaxIdr;
	}

	public void setPriceMaxIdr(TypedAmount priceMaxIdr) {
		this.priceMaxIdr = priceMaxIdr;
	}

	public boolean isBatikmarkRequired() {
		return batikmarkRequired;
	}

	public void setBatikmarkRequired(boolean batikmarkRequired) {
		this.batikmarkRequired = batikmarkRequired;
	}
}
