package id.canting.registry.web.ikm;

import java.util.ArrayList;
import java.util.List;

import id.canting.registry.Ikm;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmInput;

/** The IKM create and edit form; its property names are the field names the rules report. */
public class IkmForm {

	private String nib;
	private String name;
	private String ownerName;
	private String ownerGender;
	private String address;
	private String provinceCode;
	private String regencyCode;
	private Long sentraId;
	private String kind = "REGULAR";
	private List<String> techniques = new ArrayList<>();
	private List<String> categories = new ArrayList<>();
	private List<String> dyes = new ArrayList<>();
	private Integer workersMale;
	private Integer workersFemale;
	private Integer capacityPerMonth;
	private Long investmentIdr;
	private Integer yearFounded;
	private String phone;
	private String email;
	private int version;

	static IkmForm of(Ikm ikm) {
		return of(ikm, ikm.details());
	}

	/** The IKM's form showing {@code d} (e.g. with its owner's open change applied), at the IKM's version. */
	static IkmForm of(Ikm ikm, IkmDetails d) {
		IkmForm form = new IkmForm();
		form.nib = d.nib();
		form.name = d.name();
		form.ownerName = d.ownerName();
		form.ownerGender = d.ownerGender().name();
		form.address = d.address();
		form.provinceCode = d.regencyCode().substring(0, 2);
		form.regencyCode = d.regencyCode();
		form.sentraId = d.sentraId();
		form.kind = d.kind().name();
		form.techniques = new ArrayList<>(d.techniques().stream().map(Enum::name).toList());
		form.categories = new ArrayList<>(d.categories().stream().map(Enum::name).toList());
		form.dyes = new ArrayList<>(d.dyes().stream().map(Enum::name).toList());
		form.workersMale = d.workersMale();
		form.workersFemale = d.workersFemale();
		form.capacityPerMonth = d.capacityPerMonth();
		form.investmentIdr = d.investmentIdr();
		form.yearFounded = d.yearFounded();
		form.phone = d.phone();
		form.email = d.email();
		form.version = ikm.version();
		return form;
	}

	IkmInput toInput() {
		return new IkmInput(nib, name, ownerName, ownerGender, address, regencyCode, sentraId, kind, techniques,
				categories, dyes, workersMale, workersFemale, capacityPerMonth, investmentIdr, yearFounded, phone, email);
	}

	public String getNib() { return nib; }
	public void setNib(String nib) { this.nib = nib; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getOwnerName() { return ownerName; }
	public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
	public String getOwnerGender() { return ownerGender; }
	public void setOwnerGender(String ownerGender) { this.ownerGender = ownerGender; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getProvinceCode() { return provinceCode; }
	public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
	public String getRegencyCode() { return regencyCode; }
	public void setRegencyCode(String regencyCode) { this.regencyCode = regencyCode; }
	public Long getSentraId() { return sentraId; }
	public void setSentraId(Long sentraId) { this.sentraId = sentraId; }
	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public List<String> getTechniques() { return techniques; }
	public void setTechniques(List<String> techniques) { this.techniques = techniques; }
	public List<String> getCategories() { return categories; }
	public void setCategories(List<String> categories) { this.categories = categories; }
	public List<String> getDyes() { return dyes; }
	public void setDyes(List<String> dyes) { this.dyes = dyes; }
	public Integer getWorkersMale() { return workersMale; }
	public void setWorkersMale(Integer workersMale) { this.workersMale = workersMale; }
	public Integer getWorkersFemale() { return workersFemale; }
	public void setWorkersFemale(Integer workersFemale) { this.workersFemale = workersFemale; }
	public Integer getCapacityPerMonth() { return capacityPerMonth; }
	public void setCapacityPerMonth(Integer capacityPerMonth) { this.capacityPerMonth = capacityPerMonth; }
	public Long getInvestmentIdr() { return investmentIdr; }
	public void setInvestmentIdr(Long investmentIdr) { this.investmentIdr = investmentIdr; }
	public Integer getYearFounded() { return yearFounded; }
	public void setYearFounded(Integer yearFounded) { this.yearFounded = yearFounded; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
