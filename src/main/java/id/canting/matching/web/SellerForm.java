package id.canting.matching.web;

import id.canting.matching.VolumeUnit;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.ParticipantRules;
import id.canting.shared.web.Rupiah;
import id.canting.shared.web.TypedAmount;

/**
 * The seller's form: which of the owner's IKM joins, and the owner's own words (products, capacity when
 * it differs from the registry's, price range, contact). The rest of the profile is the registry's.
 */
public class SellerForm {

	private Long ikmId;
	private Integer version;
	private String products;
	private Integer capacityPerMonth;
	private VolumeUnit capacityUnit = VolumeUnit.METRE;
	@Rupiah(refusal = "matching.core.validation.amount")
	private TypedAmount priceMinIdr;
	@Rupiah(refusal = "matching.core.validation.amount")
	private TypedAmount priceMaxIdr;
	private String contactName;
	private String email;
	private String phone;

	static SellerForm of(MatchingParticipant p) {
		SellerForm f = new SellerForm();
		f.ikmId = p.ikmId();
		f.version = p.version();
		f.products = p.products();
		f.capacityPerMonth = p.capacityPerMonth();
		f.capacityUnit = p.volumeUnit();
		f.priceMinIdr = p.priceMinIdr() == null ? null : new TypedAmount(p.priceMinIdr());
		f.priceMaxIdr = p.priceMaxIdr() == null ? null : new TypedAmount(p.priceMaxIdr());
		f.contactName = p.contactName();
		f.email = p.email();
		f.phone = p.phone();
		return f;
	}

	ParticipantRules.SellerOffer toOffer() {
		return new ParticipantRules.SellerOffer(products, capacityPerMonth, capacityUnit,
				TypedAmount.amountOf(priceMinIdr), TypedAmount.amountOf(priceMaxIdr), contactName, email, phone);
	}

	public Long getIkmId() {
		return ikmId;
	}

	public void setIkmId(Long ikmId) {
		this.ikmId = ikmId;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getProducts() {
		return products;
	}

	public void setProducts(String products) {
		this.products = products;
	}

	public Integer getCapacityPerMonth() {
		return capacityPerMonth;
	}

	public void setCapacityPerMonth(Integer capacityPerMonth) {
		this.capacityPerMonth = capacityPerMonth;
	}

	public VolumeUnit getCapacityUnit() {
		return capacityUnit;
	}

	public void setCapacityUnit(VolumeUnit capacityUnit) {
		this.capacityUnit = capacityUnit;
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
}
