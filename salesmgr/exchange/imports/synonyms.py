"""Column labels that CRMs (and salesmgr itself) use for each import field: kind -> field -> labels.

Labels are compared after ``mapping.normalise_header`` (case, spaces and punctuation ignored), and first
as written (case-insensitive), so where two labels normalise alike the one written exactly wins: "close_date"
(snake_case exports, the actual close date) -> closed_date, "Close Date"/"CloseDate" -> expected_close_date;
likewise Salesforce's "ActivityDate" (a day, used when "ActivityDateTime" is empty) -> occurred_on, while "Activity
Date" and its other spellings stay occurred_at.

Salesforce's and HubSpot's "Close Date" is the expected close date while a deal is open and the actual close
date once it is won or lost; it maps to ``expected_close_date`` and the importer uses it as ``closed_date``
for won and lost rows.

Every field lists its own name first, so a file exported by salesmgr (field names as headers) maps 1:1.
The order of fields within a kind follows KINDS; where labels of two fields normalise alike the earlier wins.
"""
from __future__ import annotations

_EXTERNAL_SOURCE = ("source_system", "Source System", "Source CRM", "来源系统")
# The system a reference's id belongs to (salesmgr's exports write it beside every account and owner id).
_ACCOUNT_SOURCE = ("account_source_system", "Account Source System", "Account ID System", "客户来源系统")
_OWNER_SOURCE = ("owner_source_system", "Owner Source System", "Owner ID System", "负责人来源系统")

# A person's name in two parts (Salesforce FirstName/LastName, HubSpot and Zoho "First Name"/"Last Name", 名/姓).
_NAME_PARTS: dict[str, tuple[str, ...]] = {
    "first_name": ("first_name", "First Name", "FirstName", "Given Name", "Forename", "名"),
    "last_name": ("last_name", "Last Name", "LastName", "Surname", "Family Name", "姓", "姓氏"),
}

# Who answered a survey (CSAT or NPS), about which account and when: the same headers in both kinds of export.
_SURVEY_ANSWER: dict[str, tuple[str, ...]] = {
    "external_id": ("external_id", "Response ID", "Survey Response ID", "Id", "Record ID", "回复ID", "问卷编号"),
    "source_system": _EXTERNAL_SOURCE,
    "account": ("account", "Account", "Account Name", "Company", "Customer", "Organization", "客户名称", "客户"),
    "account_external_id": ("account_external_id", "Account ID", "AccountId", "Company ID", "Account Name.id",
                            "客户ID", "客户编号"),
    "account_source_system": _ACCOUNT_SOURCE,
    "owner": ("owner", "Rep", "Sales Rep", "Owner", "Account Owner", "Agent", "销售代表", "负责人"),
    "owner_email": ("owner_email", "Owner Email", "Rep Email", "负责人邮箱"),
    "responded_on": (
        "responded_on", "Response Date", "Responded On", "Submitted", "Submitted At", "Survey Date", "Date",
        "回复日期", "提交时间", "调查日期", "日期",
    ),
}

# The account a support ticket or a usage figure is about.
_CUSTOMER_ACCOUNT: dict[str, tuple[str, ...]] = {
    "account": (
        "account", "Account Name", "Account", "Organization", "Organization Name", "Requester organization",
        "Company", "Customer", "客户名称", "客户", "公司名称", "所属客户",
    ),
    "account_external_id": (
        "account_external_id", "AccountId", "Account ID", "Organization ID", "Company ID", "Account Name.id",
        "客户ID", "客户编号",
    ),
    "account_source_system": _ACCOUNT_SOURCE,
}

SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "opportunities": {
        "external_id": (
            "external_id", "Opportunity ID", "Id", "Record ID", "Deal - ID", "Deal ID", "opportunity_id",
            "商机编号", "商机ID", "商机编码",
        ),
        "source_system": _EXTERNAL_SOURCE,
        "name": (
            "name", "Opportunity Name", "Name", "Deal Name", "Deal - Title", "Deal Title", "Opportunity", "Deal",
            "商机名称", "商机", "机会名称",
        ),
        "account": (
            "account", "Account Name", "Account", "Associated Company", "Associated Company (Primary)",
            "Organization - Name", "Deal - Organization", "Organization", "Customer", "Company", "Company Name",
            "客户名称", "客户", "公司名称",
        ),
        "account_external_id": (
            "account_external_id", "AccountId", "Account ID", "Associated Company ID", "Associated Company IDs",
            "Organization - ID", "Account Name.id", "客户ID", "客户编号", "客户名称.id",
        ),
        "account_source_system": _ACCOUNT_SOURCE,
        "owner": (
            "owner", "Opportunity Owner", "Owner", "Deal owner", "Deal - Owner", "Salesperson", "sales_agent",
            "Sales Agent", "Sales Rep", "负责人", "所有人", "商机所有人", "商机所有者", "销售代表", "销售人员",
        ),
        "owner_email": ("owner_email", "Owner Email", "Opportunity Owner Email", "Deal - Owner email", "负责人邮箱"),
        "owner_external_id": (
            "owner_external_id", "OwnerId", "Owner ID", "Deal - Owner ID", "Deal Owner.id", "负责人ID", "负责人编号",
            "商机所有者.id",
        ),
        "owner_source_system": _OWNER_SOURCE,
        "team": ("team", "Sales Team", "Team", "Owner Team", "所属部门", "归属部门", "部门", "销售团队", "团队"),
        "stage": (
            "stage", "Stage", "StageName", "Deal Stage", "Deal - Stage", "deal_stage", "销售阶段", "商机阶段", "阶段",
        ),
        "status": ("status", "Status", "Deal - Status", "Deal Status", "商机状态", "状态", "赢单状态"),
        "is_won": ("is_won", "IsWon", "Won", "Is Won", "Is Closed Won", "是否赢单"),
        "is_closed": ("is_closed", "IsClosed", "Closed", "Is Closed", "Is Deal Closed?", "是否关闭", "是否结单"),
        "amount": (
            "amount", "Amount", "Deal - Value", "Value", "Expected Revenue", "close_value", "Close Value",
            "Opportunity Amount", "Deal Amount", "商机金额", "销售金额", "金额", "预计金额",
        ),
        "currency": (
            "currency", "CurrencyIsoCode", "Currency", "Deal - Currency", "Opportunity Currency", "Amount Currency",
            "Currency Code", "币种", "货币",
        ),
        "probability": (
            "probability", "Probability (%)", "Probability", "Deal probability", "Deal - Probability",
            "Win Probability", "赢率", "成交概率(%)", "成交概率", "赢单概率", "可能性(%)", "可能性",
        ),
        "created_date": (
            "created_date", "Created Date", "CreatedDate", "Create Date", "Created on", "Deal - Deal created",
            "Deal created", "Created Time", "创建时间", "创建日期",
        ),
        "engaged_date": ("engaged_date", "engage_date", "Engage Date", "Engaged Date", "First Engaged", "接洽日期"),
        "expected_close_date": (
            "expected_close_date", "Close Date", "CloseDate", "Expected Close Date", "Deal - Expected close date",
            "Expected Closing", "Closing Date", "预计成交日期", "预计结单日期", "预计签单日期", "结束日期",
        ),
        "closed_date": (
            "closed_date", "close_date", "Closed Date", "Date Closed", "Deal - Deal closed on", "Deal closed on",
            "Actual Close Date", "结单日期", "成交日期", "赢单日期", "实际结单日期",
        ),
        "lead_source": (
            "lead_source", "Lead Source", "LeadSource", "Source", "Original Source", "Deal - Source",
            "线索来源", "商机来源", "来源",
        ),
        "opportunity_type": (
            "opportunity_type", "Type", "Opportunity Type", "Deal Type", "Deal - Type", "商机类型", "类型",
        ),
        "product": ("product", "Product", "Product Name", "Deal - Product name", "Products", "产品", "产品名称"),
        "pipeline": ("pipeline", "Pipeline", "Deal - Pipeline", "Sales Process", "销售流程", "业务流程"),
    },
    "accounts": {
        "external_id": (
            "external_id", "Account ID", "Id", "Record ID", "Organization - ID", "Company ID",
            "客户ID", "客户编号",
        ),
        "source_system": _EXTERNAL_SOURCE,
        "name": (
            "name", "Account Name", "Company name", "Name", "Organization - Name", "Organization", "Company",
            "Customer", "客户名称", "公司名称", "客户", "企业名称",
        ),
        "industry": ("industry", "Industry", "Organization - Industry", "sector", "Sector", "行业", "所属行业"),
        "employees": (
            "employees", "Employees", "Number of Employees", "NumberOfEmployees", "Organization - Number of employees",
            "Company Size", "员工人数", "员工数", "员工数量", "公司规模",
        ),
        "region": (
            "region", "Region", "Billing State/Province", "BillingState", "State/Region", "State", "Sales Region",
            "office_location", "区域", "地区", "省份", "所属区域",
        ),
        "owner": (
            "owner", "Account Owner", "Company owner", "Owner", "Organization - Owner", "Salesperson", "负责人",
            "所有人", "客户负责人", "客户所有者",
        ),
        "owner_email": ("owner_email", "Owner Email", "Account Owner Email", "负责人邮箱"),
        "owner_external_id": (
            "owner_external_id", "OwnerId", "Owner ID", "Account Owner.id", "Organization - Owner ID", "负责人ID",
            "客户所有者.id",
        ),
        "owner_source_system": _OWNER_SOURCE,
        "contract_start": (
            "contract_start", "Contract Start Date", "Contract Start", "ContractStartDate", "Customer Since",
            "Subscription Start Date", "合同开始日期", "合同起始日", "合同生效日期", "签约日期",
        ),
        "renewal_date": (
            "renewal_date", "Renewal Date", "Next Renewal Date", "Contract End Date", "Contract End",
            "ContractEndDate", "Subscription End Date", "续约日期", "续费日期", "合同到期日", "合同结束日期",
            "到期日期",
        ),
        "renewal_intent": (
            "renewal_intent", "Renewal Intent", "Renewal Likelihood", "Renewal Forecast", "Renewal Status",
            "续约意向", "续约意愿", "续费意向",
        ),
        "payment_status": (
            "payment_status", "Payment Status", "Billing Status", "Invoice Status", "Collections Status",
            "付款状态", "回款状态", "支付状态",
        ),
        "churned_on": (
            "churned_on", "Churn Date", "Churned On", "Churned Date", "Date Churned", "Cancellation Date",
            "Cancelled On", "流失日期", "流失时间", "解约日期", "停止合作日期",
        ),
    },
    "contacts": {
        "external_id": ("external_id", "Contact ID", "Id", "Record ID", "Person - ID", "联系人ID", "联系人编号"),
        "source_system": _EXTERNAL_SOURCE,
        "name": (
            "name", "Full Name", "Name", "Contact Name", "Contact", "Person - Name", "联系人姓名", "联系人", "姓名",
        ),
        **_NAME_PARTS,
        "account": (
            "account", "Account Name", "Account", "Company", "Company Name", "Associated Company",
            "Person - Organization", "Organization", "客户名称", "公司名称", "客户", "公司",
        ),
        "account_external_id": (
            "account_external_id", "AccountId", "Account ID", "Organization - ID", "Account Name.id", "客户ID",
            "客户编号", "客户名称.id",
        ),
        "account_source_system": _ACCOUNT_SOURCE,
        "title": ("title", "Title", "Job Title", "Person - Job title", "Position", "职务", "职位"),
        "email": ("email", "Email", "Email Address", "Person - Email", "E-mail", "邮箱", "电子邮件", "邮件"),
        "phone": (
            "phone", "Phone", "Phone Number", "Mobile", "Mobile Phone", "MobilePhone", "Person - Phone",
            "电话", "手机", "手机号", "联系电话",
        ),
    },
    "leads": {
        "external_id": ("external_id", "Lead ID", "Id", "Record ID", "Lead - ID", "线索ID", "线索编号"),
        "source_system": _EXTERNAL_SOURCE,
        "name": (
            "name", "Full Name", "Name", "Lead Name", "Lead - Title", "Contact Name", "线索名称", "姓名", "联系人",
        ),
        **_NAME_PARTS,
        "company": (
            "company", "Company", "Company Name", "Account Name", "Organization", "Lead - Organization",
            "公司", "公司名称", "客户名称",
        ),
        "title": ("title", "Title", "Job Title", "Position", "职务", "职位"),
        "email": ("email", "Email", "Email Address", "E-mail", "邮箱", "电子邮件"),
        "phone": ("phone", "Phone", "Phone Number", "Mobile", "MobilePhone", "电话", "手机", "手机号"),
        "industry": ("industry", "Industry", "行业", "所属行业"),
        "company_size": (
            "company_size", "Company Size", "Employees", "No. of Employees", "Number of Employees",
            "NumberOfEmployees", "公司规模", "员工人数", "员工数量",
        ),
        "region": (
            "region", "Region", "Territory", "Sales Territory", "State", "State/Province", "Country", "Country/Region",
            "省份", "地区", "区域", "所在地区",
        ),
        "lead_source": ("lead_source", "Lead Source", "LeadSource", "Source", "Original Source", "线索来源", "来源"),
        "status": ("status", "Lead Status", "Status", "Lead - Status", "线索状态", "状态"),
        "owner": (
            "owner", "Lead Owner", "Owner", "Contact owner", "Lead - Owner", "Salesperson", "负责人", "所有人",
            "线索所有者",
        ),
        "owner_email": ("owner_email", "Owner Email", "Lead Owner Email", "负责人邮箱"),
        "owner_external_id": ("owner_external_id", "OwnerId", "Owner ID", "Lead Owner.id", "线索所有者.id"),
        "owner_source_system": _OWNER_SOURCE,
        "created_date": (
            "created_date", "Created Date", "CreatedDate", "Create Date", "Created on", "Lead - Lead created",
            "Created Time", "创建时间", "创建日期",
        ),
        # behaviours (catalogue.BEHAVIOURS): yes/no or the day it happened
        "white_paper": (
            "white_paper", "Downloaded White Paper", "Whitepaper Downloaded", "White Paper Downloaded",
            "Downloaded Whitepaper", "White Paper", "下载白皮书", "已下载白皮书", "白皮书下载",
        ),
        "webinar": (
            "webinar", "Attended Webinar", "Webinar Attended", "Webinar Attendance", "参加网络研讨会", "参加线上研讨会",
            "参加研讨会",
        ),
        "pricing_page": (
            "pricing_page", "Visited Pricing Page", "Pricing Page Visited", "Pricing Page Visit", "访问定价页",
            "访问价格页", "浏览定价页",
        ),
        "demo_request": (
            "demo_request", "Requested Demo", "Demo Requested", "Demo Request", "Requested a Demo", "申请演示",
            "预约演示", "申请产品演示",
        ),
        "email_click": (
            "email_click", "Clicked Campaign Email", "Clicked Email", "Email Clicked", "点击营销邮件", "点击邮件",
        ),
    },
    "reps": {
        "external_id": ("external_id", "User ID", "Id", "Record ID", "Employee ID", "员工编号", "工号", "用户ID"),
        "source_system": _EXTERNAL_SOURCE,
        "name": (
            "name", "Full Name", "Name", "Rep", "Sales Rep", "sales_agent", "User", "姓名", "员工姓名", "销售代表",
        ),
        **_NAME_PARTS,
        "email": ("email", "Email", "Email Address", "E-mail", "邮箱", "电子邮件"),
        "team": ("team", "Team", "Sales Team", "Department", "regional_office", "团队", "部门", "所属部门", "销售团队"),
        "role": ("role", "Role", "Profile", "Job Role", "角色", "职位", "岗位"),
        "hire_date": ("hire_date", "Hire Date", "Start Date", "Hired", "入职日期", "入职时间"),
        "manager": ("manager", "Manager", "Reports To", "Reporting To", "Line Manager", "经理", "上级", "直属上级"),
        "manager_external_id": ("manager_external_id", "ManagerId", "Manager ID", "Reports To ID", "经理ID", "上级ID"),
        "mentor": ("mentor", "Mentor", "Coach", "导师", "师傅"),
        "active": ("active", "Active", "IsActive", "Is Active", "Enabled", "在职", "在职状态", "是否在职", "启用"),
        "user_type": ("user_type", "UserType", "User Type", "User License Type", "用户类型"),
    },
    "activities": {
        "external_id": ("external_id", "Activity ID", "Id", "Record ID", "Activity - ID", "活动ID", "活动编号"),
        "source_system": _EXTERNAL_SOURCE,
        "kind": (
            "kind", "Activity Type", "Type", "Activity - Type", "活动类型", "跟进方式", "跟进类型", "类型",
        ),
        "subtype": ("subtype", "TaskSubtype", "Task Subtype", "EventSubtype", "Event Subtype"),
        "subject": ("subject", "Subject", "Activity - Subject", "Summary", "Title", "主题", "标题"),
        "owner": (
            "owner", "Assigned", "Assigned To", "Activity assigned to", "Activity - Assigned to user", "Owner",
            "Activity Owner", "负责人", "跟进人", "执行人",
        ),
        "owner_email": ("owner_email", "Owner Email", "Assigned Email", "负责人邮箱"),
        "owner_external_id": ("owner_external_id", "OwnerId", "Owner ID", "Assigned To ID", "负责人ID", "负责人编号"),
        "owner_source_system": _OWNER_SOURCE,
        "account": (
            "account", "Company / Account", "Account", "Account Name", "Activity - Organization", "Company",
            "Customer", "客户名称", "客户",
        ),
        "account_external_id": ("account_external_id", "AccountId", "Account ID", "Account Name.id", "客户ID"),
        "account_source_system": _ACCOUNT_SOURCE,
        "opportunity": (
            "opportunity", "Opportunity", "Opportunity Name", "Activity - Deal", "Deal", "商机名称", "商机",
        ),
        "opportunity_external_id": (
            "opportunity_external_id", "Opportunity ID", "opportunity_id", "Deal ID", "Deal - ID", "商机ID", "商机编号",
        ),
        "what_id": ("what_id", "WhatId", "Related To ID"),
        "occurred_at": (
            "occurred_at", "ActivityDateTime", "Date", "Activity Date", "Due Date", "Activity - Due date",
            "Activity date", "活动时间", "跟进时间", "活动日期", "日期",
        ),
        # Salesforce's ActivityDate (the day) when its ActivityDateTime is empty, or the file has none (Task.csv);
        # "Activity Date" as written, or any spelling but this one, is occurred_at as before
        "occurred_on": ("occurred_on", "ActivityDate"),
        "logged_at": (
            "logged_at", "Created Date", "CreatedDate", "Logged at", "Create Date", "Activity - Add time",
            "录入时间", "创建时间",
        ),
        "notes": (
            "notes", "Comments", "Description", "Notes", "Note", "Activity - Note", "Body", "备注", "内容",
            "跟进内容", "跟进记录",
        ),
        "is_deleted": ("is_deleted", "IsDeleted", "Is Deleted", "Deleted", "已删除", "是否删除"),
    },
    "quotas": {
        "owner": ("owner", "Rep", "Sales Rep", "Owner", "User", "Name", "销售代表", "负责人", "姓名"),
        "owner_email": ("owner_email", "Email", "Owner Email", "Rep Email", "邮箱"),
        "team": ("team", "Team", "Sales Team", "团队", "部门"),
        "period": ("period", "Period", "Quarter", "Month", "Fiscal Period", "季度", "周期", "月份", "期间"),
        "amount": ("amount", "Quota", "Target", "Amount", "Quota Amount", "目标", "指标", "业绩目标", "配额", "金额"),
        "currency": ("currency", "Currency", "CurrencyIsoCode", "币种", "货币"),
    },
    "csat": {
        **_SURVEY_ANSWER,
        "score": (
            "score", "CSAT", "CSAT Score", "Score", "Rating", "Satisfaction", "Satisfaction Score",
            "Satisfaction Rating", "Customer Satisfaction", "满意度", "满意度评分", "满意度得分", "客户满意度", "评分",
            "得分",
        ),
        "comment": (
            "comment", "Comment", "Comments", "Feedback", "Verbatim", "Satisfaction Comment", "评价", "备注", "意见",
            "反馈", "评论",
        ),
    },
    "nps": {
        **_SURVEY_ANSWER,
        "score": (
            "score", "NPS", "NPS Score", "Net Promoter Score", "Likelihood to recommend",
            "How likely are you to recommend us", "Recommend", "Score", "Rating", "推荐意愿", "推荐意愿得分",
            "净推荐值", "净推荐值得分", "NPS得分", "评分", "得分",
        ),
        "comment": ("comment", "Comment", "Comments", "Feedback", "Verbatim", "Reason", "评价", "备注", "意见", "原因"),
    },
    # Zendesk tickets (Id, Organization, Created at, Solved at, Priority, Subject), Salesforce Case (CaseNumber,
    # AccountId, CreatedDate, ClosedDate, Priority, Subject), Freshdesk and Chinese help desks (工单).
    "tickets": {
        "external_id": (
            "external_id", "Ticket ID", "Case ID", "CaseNumber", "Case Number", "Ticket Number", "Id", "Record ID",
            "工单编号", "工单ID", "工单号",
        ),
        "source_system": _EXTERNAL_SOURCE,
        **_CUSTOMER_ACCOUNT,
        "opened_on": (
            "opened_on", "Created at", "Created Date", "CreatedDate", "Created", "Created Time", "Opened",
            "Opened Date", "Date Opened", "Submitted", "创建时间", "创建日期", "提交时间", "开单时间", "受理时间",
        ),
        "closed_on": (
            "closed_on", "Solved at", "Closed Date", "ClosedDate", "Closed", "Closed Time", "Resolved at",
            "Resolved Date", "Date Closed", "Resolution Date", "关闭时间", "关闭日期", "解决时间", "结案时间",
        ),
        "severity": (
            "severity", "Priority", "Severity", "Urgency", "Case Priority", "Ticket Priority", "优先级", "严重程度",
            "紧急程度", "级别",
        ),
        "subject": ("subject", "Subject", "Title", "Summary", "Case Subject", "主题", "标题", "问题描述"),
    },
    # Product-analytics exports (Mixpanel, Amplitude, Gainsight) per account and month.
    "usage": {
        **_CUSTOMER_ACCOUNT,
        "month": (
            "month", "Month", "Usage Month", "Reporting Month", "Period", "Date", "月份", "统计月份", "使用月份",
            "日期",
        ),
        "usage_count": (
            "usage_count", "Usage Count", "Usage", "Logins", "Login Count", "Total Logins", "Sessions", "Events",
            "使用次数", "登录次数", "使用量", "活跃次数",
        ),
        "active_users": (
            "active_users", "Active Users", "Monthly Active Users", "MAU", "Users Active", "活跃用户数", "活跃用户",
            "月活跃用户", "月活",
        ),
        "licensed_users": (
            "licensed_users", "Licensed Users", "Licenses", "License Count", "Seats", "Purchased Seats",
            "授权用户数", "授权用户", "许可数", "席位数", "购买席位",
        ),
    },
    # Salesforce OpportunityHistory (Id, OpportunityId, StageName, CreatedDate, IsDeleted); Zoho CRM's Stage
    # History related list exports the deal as "Deal Name.id", its "Stage" and when it changed ("Modified Time");
    # HubSpot's deal-stage property history as the deal's "Deal ID", "Deal Stage" and "Timestamp".
    "stage_history": {
        "external_id": ("external_id", "Id", "History ID", "Stage History ID", "阶段变更ID", "阶段历史ID"),
        "source_system": _EXTERNAL_SOURCE,
        "opportunity_external_id": (
            "opportunity_external_id", "OpportunityId", "Opportunity ID", "opportunity_id", "Deal ID", "Deal - ID",
            "Deal Name.id", "Potential Name.id", "商机ID", "商机编号", "商机名称.id",
        ),
        "stage": ("stage", "StageName", "Stage", "Deal Stage", "To Stage", "New Stage", "销售阶段", "商机阶段", "阶段"),
        "entered_at": (
            "entered_at", "CreatedDate", "Created Date", "Modified Time", "Timestamp", "Date Entered", "Entered At",
            "Changed At", "Change Date", "变更时间", "进入时间", "修改时间",
        ),
        "is_deleted": ("is_deleted", "IsDeleted", "Is Deleted", "Deleted", "是否删除", "已删除"),
    },
    # Salesforce CurrencyType (IsoCode, ConversionRate, IsActive, IsCorporate) and DatedConversionRate (IsoCode,
    # ConversionRate, StartDate, NextStartDate), with the labels Salesforce's setup pages show.
    "rates": {
        "currency": ("currency", "IsoCode", "ISO Code", "Currency ISO Code", "Currency Code", "币种代码"),
        "rate": ("rate", "ConversionRate", "Conversion Rate", "换算汇率"),
        "is_corporate": ("is_corporate", "IsCorporate", "Is Corporate", "Corporate", "公司币种"),
        "is_active": ("is_active", "IsActive", "Is Active", "Active", "启用"),
        "start_date": ("start_date", "StartDate", "Start Date", "生效日期", "开始日期"),
        "next_start_date": ("next_start_date", "NextStartDate", "Next Start Date", "下一生效日期"),
    },
}

# Headers that give away the CRM a file came from, compared in loose form (case-folded, spaces collapsed).
# Pipedrive is also recognised by its "Deal - Title" style of headers (see mapping.PIPEDRIVE_PREFIX).
DISTINCTIVE: dict[str, tuple[str, ...]] = {
    "salesforce": (
        "opportunity name", "opportunity owner", "opportunity id", "fiscal period", "probability (%)",
        "stagename", "closedate", "iswon", "isclosed", "currencyisocode", "ownerid", "accountid", "createddate",
        "leadsource", "account owner", "lead owner", "billing state/province", "numberofemployees",
        # the Data Export's User.csv, Task.csv and Event.csv
        "usertype", "userroleid", "managerid", "profileid", "whoid", "whatid", "activitydate", "activitydatetime",
        "tasksubtype", "eventsubtype", "isdeleted", "durationinminutes",
    ),
    "hubspot": (
        "record id", "deal name", "deal stage", "deal owner", "associated company", "associated company (primary)",
        "create date", "is closed won", "deal type", "company owner", "contact owner", "lifecycle stage",
    ),
    "pipedrive": (),
    "odoo": ("expected revenue", "expected closing", "salesperson", "sales team", "created on"),
    # Zoho CRM: lookups export as the name plus "<field>.id"; "Closing Date", "Created Time", "Modified Time"
    "zoho": (
        "account name.id", "deal owner.id", "contact name.id", "account owner.id", "lead owner.id",
        "contact owner.id", "closing date", "created time", "modified time", "商机所有者", "商机所有者.id",
        "客户名称.id", "客户所有者", "线索所有者", "联系人所有者", "结束日期", "修改时间", "可能性(%)",
    ),
    "fxiaoke": ("赢率", "结单日期", "预计成交日期", "商机编号", "生命状态", "归属部门"),
    "xiaoshouyi": ("预计结单日期", "成交概率(%)", "成交概率", "商机id", "成交日期", "商机所有人", "销售金额"),
}
