package id.canting.certification.indication.web;

import java.util.Arrays;
import java.util.List;

import id.canting.certification.indication.GeographicalIndication;
import id.canting.certification.indication.internal.IgDescription;
import id.canting.certification.indication.internal.IgInput;

/** The page form of a geographical indication; regencies are codes separated by commas. */
public class IgForm {

	private String name;
	private String product;
	private String applicant;
	private String regencies;
	private String characteristics;
	private String geographicFactors;
	private String areaBoundaries;
	private String historyTradition;
	private String productionProcess;
	private String qualityTesting;
	private String labelDescription;
	private String registrationNumber;
	private int version;

	static IgForm of(GeographicalIndication ig) {
		IgForm f = new IgForm();
		f.name = ig.name();
		f.product = ig.product();
		f.applicant = ig.applicant();
		f.regencies = String.join(", ", ig.regencyCodes());
		IgDescription d = ig.description();
		f.characteristics = d.characteristics();
		f.geographicFactors = d.geographicFactors();
		f.areaBoundaries = d.areaBoundaries();
		f.historyTradition = d.historyTradition();
		f.productionProcess = d.productionProcess();
		f.qualityTesting = d.qualityTesting();
		f.labelDescription = d.labelDescription();
		f.registrationNumber = ig.registrationNumber();
		f.version = ig.version();
		return f;
	}

	IgInput toInput() {
		List<String> codes = regencies == null ? List.of()
				: Arrays.stream(regencies.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new IgInput(name, product, applicant, codes, new IgDescription(blank(characteristics),
				blank(geographicFactors), blank(areaBoundaries), blank(historyTradition), blank(productionProcess),
				blank(qualityTesting), blank(labelDescription)), blank(registrationNumber));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getProduct() { return product; }
	public void setProduct(String product) { this.product = product; }
	public String getApplicant() { return applicant; }
	public void setApplicant(String applicant) { this.applicant = applicant; }
	public String getRegencies() { return regencies; }
	public void setRegencies(String regencies) { this.regencies = regencies; }
	public String getCharacteristics() { return characteristics; }
	public void setCharacteristics(String v) { this.characteristics = v; }
	public String getGeographicFactors() { return geographicFactors; }
	public void setGeographicFactors(String v) { this.geographicFactors = v; }
	public String getAreaBoundaries() { return areaBoundaries; }
	public void setAreaBoundaries(String v) { this.areaBoundaries = v; }
	public String getHistoryTradition() { return historyTradition; }
	public void setHistoryTradition(String v) { this.historyTradition = v; }
	public String getProductionProcess() { return productionProcess; }
	public void setProductionProcess(String v) { this.productionProcess = v; }
	public String getQualityTesting() { return qualityTesting; }
	public void setQualityTesting(String v) { this.qualityTesting = v; }
	public String getLabelDescription() { return labelDescription; }
	public void setLabelDescription(String v) { this.labelDescription = v; }
	public String getRegistrationNumber() { return registrationNumber; }
	public void setRegistrationNumber(String v) { this.registrationNumber = v; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
