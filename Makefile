# `sam build` runs build-<LogicalId> for each function with `BuildMethod: makefile`, with
# ARTIFACTS_DIR set: each target puts its function's shaded jar into $(ARTIFACTS_DIR)/lib/, which
# the Lambda Java runtime puts on the classpath. The first target builds every function module in
# one Maven run and leaves a stamp; the later ones only copy their jar, until a pom or a main source
# changes (or a jar is missing). samconfig.toml builds in the source folder (build_in_source) so the
# targets share the stamp; in SAM's scratch folders each target runs Maven itself.

# Function logical id -> its module under functions/; the module's jar is <module>-function.jar.
module.ChatFunction               := chat
module.ImageInquiryFunction       := inquiry
module.VoiceInquiryFunction       := voice
module.MemoryFunction             := memory
module.KnowledgeFunction          := knowledge
module.MemoryCuratorFunction      := curator
module.ConversationStreamFunction := insight
module.AnalyticsSummaryFunction   := insight
module.TrainingExportFunction     := export
module.ModelWatchFunction         := model-watch
module.RemindersFunction          := reminders
module.ReminderSweepFunction      := reminders
module.CatalogFunction            := catalog
module.CampaignsFunction          := campaigns
module.CampaignStarterFunction    := campaigns
module.CampaignWorkerFunction     := campaigns
module.BusinessEventsFunction     := integrations
module.OrderChangesFunction       := integrations

MODULES := $(patsubst %/pom.xml,%,$(wildcard functions/*/pom.xml))
JARS    := $(foreach m,$(MODULES),$(m)/target/$(notdir $(m))-function.jar)
SOURCES := $(wildcard pom.xml shared/pom.xml functions/pom.xml functions/*/pom.xml) \
           $(shell find shared/src/main $(addsuffix /src/main,$(MODULES)) -type f 2>/dev/null)
STAMP   := target/functions.stamp

empty :=
comma := ,
space := $(empty) $(empty)

# Checked before anything is built: a logical id missing from the map, or no ARTIFACTS_DIR, stops here.
known = $(if $(module.$(1)),,$(error no module for $(1) in the Makefile's function map)) \
        $(if $(ARTIFACTS_DIR),,$(error ARTIFACTS_DIR is not set (sam build sets it)))

.SECONDEXPANSION:
build-%: $$(call known,$$*) $(STAMP)
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/$(module.$*)/target/$(module.$*)-function.jar "$(ARTIFACTS_DIR)/lib/"

$(STAMP): $(SOURCES) $(if $(filter-out $(wildcard $(JARS)),$(JARS)),FORCE)
	./mvnw -B -q -pl $(subst $(space),$(comma),$(MODULES)) -am package -DskipTests
	mkdir -p $(@D)
	touch $@

FORCE:
.PHONY: FORCE
