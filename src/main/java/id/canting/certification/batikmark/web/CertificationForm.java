package id.canting.certification.batikmark.web;

import id.canting.certification.batikmark.internal.CertificationInput;
import id.canting.registry.Technique;

/** The apply form of a Batikmark application. */
public class CertificationForm {

	private Long ikmId;
	private String brand;
	private String trademarkNumber;
	private Technique technique;
	private String productDescription;

	CertificationInput input() {
		return new CertificationInput(ikmId, brand, trademarkNumber, technique, productDescription);
	}

	public Long getIkmId() {
		return ikmId;
	}

	public void setIkmId(Long ikmId) {
		this.ikmId = ikmId;
	}

	public String getBrand() {
		return brand;
	}

	public void setBrand(String brand) {
		this.brand = brand;
	}

	public String getTrademarkNumber() {
		return trademarkNumber;
	}

	public void setTrademarkNumber(String trademarkNumber) {
		this.trademarkNumber = trademarkNumber;
	}

	public Technique getTechnique() {
		return technique;
	}

	public void setTechnique(Technique technique) {
		this.technique = technique;
	}

	public String getProductDescription() {
		return productDescription;
	}

	public void setProductDescription(String productDescription) {
		this.productDescription = productDescription;
	}
}
