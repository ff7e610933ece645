#include "commands.h"

#include "approvalcommands.h"
#include "auditcommands.h"
#include "benchchecklistcommand.h"
#include "benchdeliverycommand.h"
#include "benchqueuecommand.h"
#include "benchsearchcommand.h"
#include "benchsynccommand.h"
#include "benchticketscommand.h"
#include "catalogcommands.h"
#include "catalogpublishcommands.h"
#include "certcommands.h"
#include "checklistcommand.h"
#include "contextcommand.h"
#include "dbcommands.h"
#include "demooutsidecommand.h"
#include "demoseedcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "outboxcommands.h"
#include "preentrycommands.h"
#include "profilecommand.h"
#include "relaycommand.h"
#include "residentauditcommands.h"
#include "roomcommands.h"
#include "rulesevalcommand.h"
#include "searchcommand.h"
#include "secretcommands.h"
#include "staffcommands.h"
#include "supportcommands.h"
#include "synccommand.h"
#include "textcheckcommand.h"
#include "textdatecommand.h"
#include "textfoldcommand.h"
#include "ticketcommands.h"
#include "visitcommands.h"

namespace madoguchi::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DbInfoCommand>());
    commands.push_back(std::make_unique<DbMigrateCommand>());
    commands.push_back(std::make_unique<DbCheckCommand>());
    commands.push_back(std::make_unique<DbReindexCommand>());
    commands.push_back(std::make_unique<TextDateCommand>());
    commands.push_back(std::make_unique<TextCheckCommand>());
    commands.push_back(std::make_unique<TextFoldCommand>());
    commands.push_back(std::make_unique<DemoSeedCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<BenchSearchCommand>());
    commands.push_back(std::make_unique<ProfileCommand>());
    commands.push_back(std::make_unique<ImportResidentsCommand>());
    commands.push_back(std::make_unique<ExportResidentsCommand>());
    commands.push_back(std::make_unique<RulesEvalCommand>());
    commands.push_back(std::make_unique<ContextCommand>());
    commands.push_back(std::make_unique<CatalogValidateCommand>());
    commands.push_back(std::make_unique<CatalogTestCommand>());
    commands.push_back(std::make_unique<CatalogPublishCommand>());
    commands.push_back(std::make_unique<CatalogPublishedCommand>());
    commands.push_back(std::make_unique<ChecklistCommand>());
    commands.push_back(std::make_unique<BenchChecklistCommand>());
    for (auto action :
        {StaffCommand::Action::Add, StaffCommand::Action::Passwd, StaffCommand::Action::Disable,
            StaffCommand::Action::Unlock, StaffCommand::Action::List})
        commands.push_back(std::make_unique<StaffCommand>(action));
    commands.push_back(std::make_unique<AuditVerifyCommand>());
    commands.push_back(std::make_unique<AuditQueryCommand>());
    commands.push_back(std::make_unique<SupportUnlockCommand>());
    commands.push_back(std::make_unique<SupportExpiringCommand>());
    commands.push_back(std::make_unique<RelayCommand>());
    commands.push_back(std::make_unique<VisitShowCommand>());
    commands.push_back(std::make_unique<DemoSubmitCommand>());
    commands.push_back(std::make_unique<BenchDeliveryCommand>());
    commands.push_back(std::make_unique<BenchQueueCommand>());
    commands.push_back(std::make_unique<BenchTicketsCommand>());
    commands.push_back(std::make_unique<OutboxListCommand>());
    for (auto decision : {OutboxDecisionCommand::Decision::Retry,
             OutboxDecisionCommand::Decision::Cancel, OutboxDecisionCommand::Decision::Handled})
        commands.push_back(std::make_unique<OutboxDecisionCommand>(decision));
    appendSecretCommands(commands);
    appendTicketCommands(commands);
    appendRoomCommands(commands);
    appendApprovalCommands(commands);
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<BenchSyncCommand>());
    appendCertCommands(commands);
    appendPreentryCommands(commands);
    commands.push_back(std::make_unique<DemoOutsideCommand>());
    appendResidentAuditCommands(commands);
    return commands;
}

} // namespace madoguchi::cli
