package coop.harvest.certificates.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.platform.MarketDay;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo certificates (called once by demo.DemoData after the cooperatives exist and before their listings): the demo
 * cooperatives' certified listings are backed by approved certificates, one of them expiring within 30 days.
 */
@Stateless
@PermitAll
public class CertificatesDemo {

    private static final byte[] SCAN = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    @Inject
    Certificates certificates;

    @Inject
    @ConfigProperty(name = "HARVEST_ADMIN_USERNAME", defaultValue = "admin")
    String admin;

    /** @param cooperative the demo cooperative's id by its demo key (shicheng, heping, jietan, daoxiang) */
    public void load(Function<String, Long> cooperative) {
        LocalDate today = MarketDay.today();
        approved(cooperative.apply("shicheng"), Certification.GEOGRAPHICAL_INDICATION, "AGI2019-03-0152",
                "农业农村部", List.of("honeysuckle"), today.minusYears(2), today.plusYears(3));
        approved(cooperative.apply("shicheng"), Certification.POLLUTION_FREE, "WNP-HN2024-0871",
                "湖南省农产品质量安全中心", List.of("kiwi"), today.minusYears(1), today.plusYears(2));
        approved(cooperative.apply("heping"), Certification.GREEN_FOOD, "LB-18-24061204871A",
                "中国绿色食品发展中心", List.of("grape"), today.minusYears(3), today.plusDays(20));
        approved(cooperative.apply("jietan"), Certification.GEOGRAPHICAL_INDICATION, "AGI2016-02-1876",
                "农业农村部", List.of("tea"), today.minusYears(4), today.plusYears(2));
        approved(cooperative.apply("jietan"), Certification.ORGANIC, "OFDC-2025-HN-0316",
                "南京国环有机产品认证中心", List.of("tea"), today.minusMonths(8), today.plusMonths(16));
        approved(cooperative.apply("daoxiang"), Certification.POLLUTION_FREE, "WNP-HN2023-1290",
                "湖南省农产品质量安全中心", List.of("rice"), today.minusYears(2), today.plusYears(1));
    }

    private void approved(long cooperativeId, Certification type, String number, String issuer, List<String> products,
                          LocalDate from, LocalDate until) {
        NewCertificate request = new NewCertificate();
        request.type = type;
        request.number = number;
        request.issuer = issuer;
        request.products = products;
        request.validFrom = from;
        request.validUntil = until;
        certificates.registerApprovedFor(cooperativeId, request, SCAN, "application/pdf", admin);
    }
}
