# `sam build` runs these targets (BuildMethod: makefile): one Maven reactor build, then each
# function's shaded jar into lib/, which the Lambda Java runtime puts on the classpath.

build-ChatFunction:
	./mvnw -B -q -pl functions/chat -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/chat/target/chat-function.jar "$(ARTIFACTS_DIR)/lib/"

build-MemoryFunction:
	./mvnw -B -q -pl functions/memory -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/memory/target/memory-function.jar "$(ARTIFACTS_DIR)/lib/"

build-MemoryCuratorFunction:
	./mvnw -B -q -pl functions/curator -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/curator/target/curator-function.jar "$(ARTIFACTS_DIR)/lib/"

build-ImageInquiryFunction:
	./mvnw -B -q -pl functions/inquiry -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/inquiry/target/inquiry-function.jar "$(ARTIFACTS_DIR)/lib/"

build-KnowledgeFunction:
	./mvnw -B -q -pl functions/knowledge -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/knowledge/target/knowledge-function.jar "$(ARTIFACTS_DIR)/lib/"

build-RemindersFunction:
	./mvnw -B -q -pl functions/reminders -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/reminders/target/reminders-function.jar "$(ARTIFACTS_DIR)/lib/"

build-ReminderSweepFunction:
	./mvnw -B -q -pl functions/reminders -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/reminders/target/reminders-function.jar "$(ARTIFACTS_DIR)/lib/"

build-CatalogFunction:
	./mvnw -B -q -pl functions/catalog -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/catalog/target/catalog-function.jar "$(ARTIFACTS_DIR)/lib/"

build-ConversationStreamFunction:
	./mvnw -B -q -pl functions/insight -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/insight/target/insight-function.jar "$(ARTIFACTS_DIR)/lib/"

build-AnalyticsSummaryFunction:
	./mvnw -B -q -pl functions/insight -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/insight/target/insight-function.jar "$(ARTIFACTS_DIR)/lib/"

build-TrainingExportFunction:
	./mvnw -B -q -pl functions/export -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/export/target/export-function.jar "$(ARTIFACTS_DIR)/lib/"

build-CampaignsFunction:
	./mvnw -B -q -pl functions/campaigns -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/campaigns/target/campaigns-function.jar "$(ARTIFACTS_DIR)/lib/"

build-CampaignStarterFunction:
	./mvnw -B -q -pl functions/campaigns -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/campaigns/target/campaigns-function.jar "$(ARTIFACTS_DIR)/lib/"

build-CampaignWorkerFunction:
	./mvnw -B -q -pl functions/campaigns -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/campaigns/target/campaigns-function.jar "$(ARTIFACTS_DIR)/lib/"

build-ModelWatchFunction:
	./mvnw -B -q -pl functions/model-watch -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/model-watch/target/model-watch-function.jar "$(ARTIFACTS_DIR)/lib/"
