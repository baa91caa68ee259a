package org.jiaolianti.examples.customstorage;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.seeds.PolicySeedLoader;

/**
 * Plugging in your own storage for one port: partners in a CSV file ({@link CsvFilePartners}), every
 * other port in memory.
 *
 * <p>Usage: {@code CustomStorageExample [--file PATH]}; without {@code --file} the CSV file is written
 * into a new temporary directory. Other arguments are ignored.
 */
public final class CustomStorageExample {

  public static void main(String[] args) throws IOException {
    Path file = args.length >= 2 && args[0].equals("--file") ? Path.of(args[1])
        : Files.createTempDirectory("jiaolianti-custom-storage-").resolve("partners.csv");

    // The in-memory ports, with the partners port replaced by ours.
    Storage memory = InMemoryStorage.create();
    CsvFilePartners partners = new CsvFilePartners(file);
    Storage storage = memory.with(Partners.class, partners);

    Policy policy = PolicySeedLoader.loadBundled("xiangan-2025").policy();
    Jiaolianti app = new Jiaolianti(storage, Clocks.system()).activate(policy);
    String d = "350213";
    app.register().registerTown(new RegisterTownCommand(d, "350213001", "新店街道", TownKind.STREET));
    app.register().registerPartner(new RegisterPartnerCommand(d, PartnerKind.DEPARTMENT, "区妇联", "WOMENS_FEDERATION",
        null, null));
    app.register().registerPartner(new RegisterPartnerCommand(d, PartnerKind.COMMUNITY,
        "新店社区\"𠮷祥\"服务站, 一号", null, "350213001", null));

    System.out.println("partners stored in " + partners.file());
    for (Partner partner : app.organization().partners(policy.district())) {
      System.out.println("  " + partner.kind() + " " + partner.name() + " (version " + partner.version() + ")");
    }
    System.out.println("the file:");
    System.out.print(Files.readString(partners.file(), UTF_8));
  }
}
