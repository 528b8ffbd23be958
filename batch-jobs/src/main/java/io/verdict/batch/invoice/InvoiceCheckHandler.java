package io.verdict.batch.invoice;

import io.verdict.handler.BusinessRuleException;
import io.verdict.handler.PendingItem;
import io.verdict.handler.RecordHandler;
import io.verdict.handler.RunContext;
import io.verdict.handler.TechnicalException;
import io.verdict.secret.SecretService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The {@code invoice-check} process: the invoice's data rules, then its submission on the invoicing portal. */
@ApplicationScoped
@Named("invoiceCheckHandler")
public class InvoiceCheckHandler implements RecordHandler {

    @Inject
    InvoicePortal portal;

    @Inject
    SecretService secrets;

    @Override
    public void checkData(PendingItem record, RunContext run) throws BusinessRuleException {
        InvoiceRules.check(record.values(), record.keySeenBefore());
    }

    @Override
    public String process(PendingItem record, RunContext run) throws BusinessRuleException, TechnicalException {
        String number = record.values().get(InvoiceColumns.NUMBER).strip();
        return "Confirmation "
                + portal.submit(number, PortalSettings.of(run.settings(), name -> secrets.value(name, run.process())));
    }
}
