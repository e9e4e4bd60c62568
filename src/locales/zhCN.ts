import { LocaleText } from './types';

/**
 * Simplified Chinese: the playbook's Chinese overview (playbook-pages/) where it has the text, the rest
 * translated with its terms (受阻, 工作负载, 应用 for adoption, 分配/交付, 客户团队, 行动手册).
 */
export const zhCN: LocaleText = {
  locale: 'zh-CN',
  languageName: '简体中文',
  playbook: {
    l1: {
      name: '受阻',
      definition: '客户有意向使用工作负载，但是有些问题阻碍了进度，需要在客户或工程团队的帮助下解决这些问题。',
    },
    l2: {
      'customer-it-infrastructure-remediation': {
        name: '客户 IT 基础结构和改进',
        definition:
          '客户环境中周围 IT 基础结构组件（例如不兼容的虚拟专用网络 (VPN) 设备、硬件更新、Active Directory (AD) 复杂性、混合场景、客户端、浏览器等）的依赖关系会阻止应用。',
        scope: '对于此 L2，问题必须与技术相关。它与人员或流程无关。',
        validExamples: [
          '客户需要升级 Internet Explorer (IE) 或 Windows。',
          '客户存在 AD 复杂性问题，需要在部署前解决。',
          '客户的网络带宽不足，必须升级。',
          '客户正在进行企业合并，在 Active Directory 合并完成之前无法迁移。',
          '客户有一项特定配置，与 Office 365 (O365) 服务不兼容。',
        ],
        invalidExamples: [
          { text: 'IT 部门不具备部署服务所需架构方面的专业知识。', belongsTo: 'it-change-management-resourcing' },
          { text: '客户已有无法更改的特定技术流程。', belongsTo: 'it-change-management-resourcing' },
        ],
      },
      'it-change-management-resourcing': {
        name: 'IT 变更管理和资源调配',
        definition:
          '服务维护或更新致使现有客户 IT 流程和政策（如 IT 流程、监控、事件处理、问题发现、家用政策等）中断，从而使应用受阻。该解决方案需要重新设计流程或政策来管理变更。由于缺乏资源（预算/员工），客户可能受阻，无法进行改进。',
        scope: '对于此 L2，问题必须与技术管理员或 IT 团队相关。它与底层技术、用户就绪性或业务规则没有直接关系。',
        validExamples: [
          'IT 部门本季度没有足够的人员或预算来开展部署。',
          'IT 部门不具备部署服务所需架构方面的专业知识。',
          '服务每月的更新节奏打乱了 IT 部门认证内部软件的方式。',
          '技术支持中心尚未准备好支持云工作负载。',
        ],
        invalidExamples: [
          { text: '代理和防火墙硬件无法承受访问服务的流量。', belongsTo: 'customer-it-infrastructure-remediation' },
          { text: '用户尚未接受培训，业务部门也未准备好切换。', belongsTo: 'adoption-readiness' },
          { text: '为部署聘请的合作伙伴缺乏相应技能。', belongsTo: 'partner-engagement' },
        ],
      },
      'adoption-readiness': {
        name: '应用就绪性',
        definition:
          '内部变更管理（包括最终用户就绪性或业务流程）的问题导致客户的服务应用受阻。请不要使用它来解决 IT 变更管理问题。',
        scope: '几乎总是与用户就绪性或培训有关，有时涉及业务决策；绝不涉及 IT 人员或技术。',
        validExamples: [
          '目前还没有针对新服务培训最终用户的计划。',
          '业务领导希望等到旺季过后再改变员工的工作方式。',
          '某个部门依赖其现有工作方式，没有变更计划就不会切换。',
        ],
        invalidExamples: [
          { text: 'IT 团队没有时间准备部署。', belongsTo: 'it-change-management-resourcing' },
          { text: '由于 AD 复杂性，用户无法登录。', belongsTo: 'customer-it-infrastructure-remediation' },
        ],
      },
      'product-feature-capability': {
        name: '产品特性/功能',
        definition:
          '核心产品/服务特性和功能（包括产品安全/隐私设置、功能和认证）缺失或包含 Bug。主要通过 GetHelp 或 OneList 解决。',
        scope: '差距在于 Microsoft 的产品或服务本身，而不在于客户的环境或应用程序。',
        validExamples: [
          '客户需要一项服务尚未提供的功能，且该需求已在 OneList 中记录。',
          '该服务尚未获得客户要求的某项安全认证。',
          '某个产品 Bug 导致关键场景无法进行，且没有解决方法。',
        ],
        invalidExamples: [
          { text: '该功能存在，但仅包含在客户未购买的计划 (E5) 中。', belongsTo: 'billing-licensing-subscription' },
          { text: '客户自己的业务线应用程序无法与服务配合使用。', belongsTo: 'app-compatibility' },
        ],
      },
      'app-compatibility': {
        name: '应用兼容性',
        definition: '客户业务线 (LOB) 应用程序与云服务不兼容或未经兼容性认证，并且妨碍部署或使用。',
        scope: '阻碍来自客户自己的应用程序或加载项，而非服务缺少某项功能。',
        validExamples: [
          '某个关键的 Outlook 加载项在 Microsoft 365 应用版中停止工作。',
          'ERP 供应商尚未针对新版 Office 认证其产品。',
          '某个内部应用程序需要的 UPN 格式与云标识使用的格式不同。',
        ],
        invalidExamples: [
          { text: '服务缺少客户需要的某项功能。', belongsTo: 'product-feature-capability' },
          { text: '部署前必须升级 Windows。', belongsTo: 'customer-it-infrastructure-remediation' },
        ],
      },
      'partner-engagement': {
        name: '合作伙伴参与',
        definition: '合作伙伴选择/合同签订延迟，或者合作伙伴因技术部署和/或应用支持（例如范围限制、经验限制等）受阻。',
        scope: '阻碍在于合作伙伴：寻找合作伙伴或与其签约，或合作伙伴的交付能力。',
        validExamples: [
          '客户尚未为部署选定合作伙伴。',
          '与合作伙伴的工作说明书 (SOW) 仍在谈判中。',
          '合作伙伴在此工作负载方面经验有限，项目已停滞。',
        ],
        invalidExamples: [
          { text: 'IT 员工缺乏技能，且未考虑合作伙伴。', belongsTo: 'it-change-management-resourcing' },
          { text: '客户与 Microsoft 的企业协议尚未签署。', belongsTo: 'billing-licensing-subscription' },
        ],
      },
      'billing-licensing-subscription': {
        name: '计费、许可和订阅',
        definition:
          '在订阅问题解决前（例如许可应用、转让许可、错误的 SKU 或撤消席位）实施处于受阻状态。该解决方案需要销售人员、LSS 和/或 LSA 接洽。',
        scope: '关于客户已购买或可以购买的内容；需要销售人员、LSS 或 LSA 而非工程团队介入。',
        validExamples: [
          '部署前必须将许可转让到新租户。',
          '客户购买了商业版 SKU，但需要的是政府云 (GCC)。',
          '企业协议 (EA) 续订停滞。',
        ],
        invalidExamples: [
          { text: '服务的所有计划都缺少某项功能。', belongsTo: 'product-feature-capability' },
          { text: '合作伙伴合同尚未签署。', belongsTo: 'partner-engagement' },
        ],
      },
      'service-reliability': {
        name: '服务可靠性',
        definition: '包括延迟和/或计划外服务事件（中断）在内的服务性能问题削弱了客户信心。',
        scope: '关于对服务可用性和性能的信心，而非缺少某项功能。',
        validExamples: [
          '上个月发生服务中断后，客户暂停了迁移。',
          '用户反映服务存在延迟，管理层怀疑服务能否承受负载。',
          '客户怀疑服务发生故障时能否恢复数据。',
        ],
        invalidExamples: [
          { text: '客户的网络带宽对该服务而言过低。', belongsTo: 'customer-it-infrastructure-remediation' },
          { text: '服务缺少某项合规性认证。', belongsTo: 'product-feature-capability' },
        ],
      },
    },
    questions: {
      kind: {
        ask: '主要是什么阻碍了部署？',
      },
      'detail-infrastructure': {
        ask: '客户环境中的哪些部分必须先变更？',
      },
      'detail-it-team': {
        ask: '客户的 IT 团队在哪方面造成了阻碍？',
      },
      'detail-adoption': {
        ask: '用户或业务部门在哪方面造成了阻碍？',
      },
      'detail-feature': {
        ask: 'Microsoft 服务缺少什么，或哪里有问题？',
      },
      'detail-apps': {
        ask: '客户自己的应用程序在哪方面造成了阻碍？',
      },
      'detail-partner': {
        ask: '合作伙伴在哪方面造成了阻碍？',
      },
      'detail-licensing': {
        ask: '许可或合同的哪方面造成了阻碍？',
      },
      'detail-reliability': {
        ask: '是什么动摇了客户对服务的信心？',
      },
      'ms-must-change': {
        ask: '客户要继续推进，是否需要 Microsoft 修改其产品（增加功能、设置或认证，或修复 Bug）？',
        finding: '需要 Microsoft 修改其产品',
      },
      'service-confidence': {
        ask: '客户是否因为对 Microsoft 服务（可用性、速度或可靠性）信心不足而止步不前？',
        finding: '客户对服务信心不足，因而止步不前',
      },
      commercial: {
        ask: '阻碍是否与客户已向 Microsoft 购买或必须购买的内容（许可、订阅、协议）有关？',
        finding: '与 Microsoft 之间有未解决的商务问题（许可、订阅、协议）',
      },
      'env-change': {
        ask: '客户自己的 IT 环境中是否有某些部分必须先升级、更换或重新配置（网络、设备、目录、服务器、Windows 或浏览器）？',
        finding: '客户自己的 IT 环境中有部分必须先变更',
      },
      'own-apps': {
        ask: '是否有客户自己的应用程序、加载项或集成（不是 Microsoft 产品）无法与服务配合使用？',
        finding: '客户自己的某个应用程序、加载项或集成无法与服务配合使用',
      },
      'partner-involved': {
        ask: '此次部署是否有合作伙伴（客户聘请的咨询公司或经销商）参与？',
        finding: '有合作伙伴参与此次部署',
      },
      'partner-holds-up': {
        ask: '进展是否卡在合作伙伴身上（尚未选定或签约、没有回应，或无法完成工作）？',
        finding: '进展卡在合作伙伴身上',
      },
      'it-team': {
        ask: '制约因素是否在于客户自己的 IT 团队（人员、时间、预算、技能、流程或政策）？',
        finding: '客户自己的 IT 团队是制约因素',
      },
      'users-business': {
        ask: '是否是最终用户或业务领导（而不是 IT）尚未就绪（培训、抵触情绪、决定暂缓）？',
        finding: '最终用户或业务领导尚未就绪',
      },
      'inf-devices': {
        ask: '为服务设置台式机或设备时是否存在问题？',
        finding: '为服务设置台式机或设备时存在问题',
        option: '台式机或设备的设置',
      },
      'inf-network': {
        ask: '客户的网络设备、带宽或与服务的连接是否存在问题（例如 VPN、防火墙）？',
        finding: '网络设备、带宽或连接存在问题（VPN、防火墙）',
        option: '网络、VPN、防火墙或带宽',
      },
      'inf-server-upgrade': {
        ask: '客户是否需要在迁移前升级到新版 Exchange 或 SharePoint？',
        finding: '迁移前必须升级 Exchange/SharePoint',
        option: '需先升级 Exchange/SharePoint',
      },
      'inf-directory': {
        ask: '客户的目录是否需要先行调整（Active Directory、标识同步、联合身份验证）？',
        finding: '目录（Active Directory、标识同步、联合身份验证）需要先行调整',
        option: '目录、标识同步或联合身份验证',
      },
      'inf-merger': {
        ask: '阻碍是否源于公司的合并、收购或拆分？',
        finding: '阻碍源于公司的合并、收购或拆分',
        option: '公司合并、收购或拆分',
      },
      'm365-windows-image': {
        ask: '客户是否要等到完成 Windows 10 映像后才能部署 Microsoft 365 应用版？',
        finding: 'Microsoft 365 应用版的部署需等待 Windows 10 映像完成',
        option: '等待 Windows 10 映像完成',
      },
      'm365-packaging': {
        ask: '创建或部署程序包时是否存在问题？',
        finding: '创建或部署程序包时存在问题',
        option: '程序包创建或部署',
      },
      'm365-channel': {
        ask: '客户是否遇到通道通信问题？',
        finding: '存在通道通信问题',
        option: '通道通信问题',
      },
      'm365-update-solution': {
        ask: '在理解或部署服务的更新解决方案方面是否存在问题？',
        finding: '在理解或部署更新解决方案方面存在问题',
        option: '更新解决方案',
      },
      'teams-exchange-first': {
        ask: '客户是否在等待先部署 Exchange？',
        finding: '正在等待先部署 Exchange',
        option: '需先部署 Exchange',
      },
      'itcm-resourcing': {
        ask: '客户是否缺少完成这项工作所需的 IT 人员、管理员时间或预算？',
        finding: 'IT 人员、管理员时间或预算不足',
        option: 'IT 人员、时间或预算不足',
      },
      'itcm-skills': {
        ask: '客户自己的 IT 团队是否缺乏此工作负载所需的技能？',
        finding: '客户的 IT 团队缺乏此工作负载所需的技能',
        option: 'IT 团队缺乏技能',
      },
      'itcm-helpdesk': {
        ask: '客户的技术支持中心是否需要先做好准备，才能支持此工作负载？',
        finding: '技术支持中心需要先做好准备才能支持此工作负载',
        option: '技术支持中心需先做好准备',
      },
      'itcm-update-cadence': {
        ask: '服务的更新节奏是否与 IT 测试、审批或管理软件的方式相冲突？',
        finding: '服务的更新节奏与 IT 管理软件的方式相冲突',
        option: '更新节奏与 IT 流程冲突',
      },
      'itcm-allow-lists': {
        ask: 'IT 是否难以让网络允许列表（URL 和 IP 范围）保持最新？',
        finding: 'IT 难以让网络允许列表保持最新',
        option: '允许列表难以保持最新',
      },
      'itcm-policy': {
        ask: '客户是否必须先重写某项 IT 或安全政策？',
        finding: '必须先重写某项 IT 或安全政策',
        option: '需先重写 IT 或安全政策',
      },
      'ado-user-education': {
        ask: '用户是否需要先接受培训或教育，部署才能继续？',
        finding: '用户需要先接受培训或教育',
        option: '用户需要培训',
      },
      'ado-departments': {
        ask: '是否有些部门受到的影响远大于其他部门？',
        finding: '有些部门受到的影响远大于其他部门',
        option: '部分部门受影响更大',
      },
      'ado-culture': {
        ask: '企业文化或工作方式是否必须先改变？',
        finding: '企业文化或工作方式必须先改变',
        option: '企业文化或工作方式需改变',
      },
      'ado-plan': {
        ask: '客户是否需要先制定应用或变更管理计划，才能继续推进？',
        finding: '需要先制定应用或变更管理计划',
        option: '需要应用或变更管理计划',
      },
      'ado-business-decision': {
        ask: '业务领导是否在推迟部署或尚未做出决定（原因与许可或合作伙伴无关）？',
        finding: '业务领导在推迟部署或尚未做出决定',
        option: '业务领导推迟或尚未决定',
      },
      'pfc-requirement': {
        ask: '客户是否需要某项服务未提供的功能或设置？',
        finding: '服务未提供客户需要的某项功能或设置',
        option: '缺少某项功能或设置',
      },
      'pfc-bug': {
        ask: '是否有 Microsoft 产品的 Bug 导致客户无法推进？',
        finding: 'Microsoft 产品的 Bug 导致客户无法推进',
        option: '产品存在 Bug',
      },
      'pfc-logged': {
        ask: '该差距是否已通过 OneList 或 GetHelp 提交给产品组？',
        finding: '该差距已通过 OneList/GetHelp 提交给产品组',
      },
      'pfc-security': {
        ask: '该需求是否属于安全、隐私或合规性方面（控制措施、设置或认证）？',
        finding: '该需求属于安全、隐私或合规性方面',
        option: '安全、隐私或合规性需求',
      },
      'pfc-residency': {
        ask: '客户的数据是否必须保留在服务未提供的国家或地区？',
        finding: '数据必须保留在服务未提供的国家或地区',
        option: '未提供所需的数据驻留地区',
      },
      'pfc-workaround': {
        ask: '客户目前是否有可接受的解决方法？',
        finding: '目前有可接受的解决方法',
      },
      'pfc-competitor': {
        ask: '是否有竞争产品能满足客户的这项需求？',
        finding: '有竞争产品能满足这项需求',
      },
      'app-lob-testing': {
        ask: '在服务上测试客户自己的应用程序时，是否发现了问题？',
        finding: '在服务上测试客户自己的应用程序时发现了问题',
        option: '应用程序测试发现问题',
      },
      'app-vendor': {
        ask: '是否有应用程序供应商尚未针对该服务认证或支持其产品？',
        finding: '有应用程序供应商尚未针对该服务认证或支持其产品',
        option: '供应商尚未认证其应用程序',
      },
      'app-identity': {
        ask: '客户的应用程序是否需要不同的登录或标识设置（例如其他 UPN 格式或旧式身份验证）？',
        finding: '应用程序需要不同的登录或标识设置（例如 UPN 格式、旧式身份验证）',
        option: '应用程序需要其他登录或标识设置',
      },
      'm365-addins': {
        ask: 'Office 加载项（Outlook、Excel、Word）是否停止工作？',
        finding: 'Office 加载项（Outlook、Excel、Word）停止工作',
        option: 'Office 加载项停止工作',
      },
      'm365-excel-formulas': {
        ask: '自定义 Excel 公式或宏是否受到升级的影响？',
        finding: '自定义 Excel 公式或宏受到升级的影响',
        option: 'Excel 公式或宏受影响',
      },
      'par-skills': {
        ask: '合作伙伴是否缺乏此工作负载所需的技能或经验？',
        finding: '合作伙伴缺乏此工作负载所需的技能或经验',
        option: '技能或经验不足',
      },
      'par-finding': {
        ask: '客户是否仍在寻找合作伙伴，或仍在与合作伙伴洽谈签约？',
        finding: '仍在寻找合作伙伴或洽谈签约',
        option: '尚未找到或签约合作伙伴',
      },
      'par-relationship': {
        ask: '客户与合作伙伴之间的关系是否紧张？',
        finding: '客户与合作伙伴的关系紧张',
        option: '与客户的关系紧张',
      },
      'par-unresponsive': {
        ask: '合作伙伴是否已不再回应（客户或 Microsoft）？',
        finding: '合作伙伴已不再回应',
        option: '不再回应',
      },
      'par-scope': {
        ask: '合作伙伴的合同 (SOW) 是否遗漏了部署所需的工作？',
        finding: '合作伙伴的合同 (SOW) 遗漏了部署所需的工作',
        option: 'SOW 遗漏了所需工作',
      },
      'bil-assignment': {
        ask: '许可是否存在缺失、尚未分配或数量不对的情况？',
        finding: '许可缺失、尚未分配或数量不对',
        option: '许可缺失、未分配或数量不对',
      },
      'bil-platform': {
        ask: '客户是否购买了错误的平台或 SKU（例如实际需要的是政府云）？',
        finding: '购买了错误的平台或 SKU',
        option: '买错了平台或 SKU',
      },
      'bil-tenant-move': {
        ask: '许可或订阅是否必须转移（转到另一个 Tenant、数据中心或区域，或因企业合并而转移）？',
        finding: '许可或订阅必须转移（Tenant、数据中心或区域）',
        option: '许可或订阅需要转移',
      },
      'bil-capex': {
        ask: '采购是否卡在预算审批、采购订单 (PO) 或其会计处理方式（资本支出）上？',
        finding: '采购卡在预算审批、PO 或会计处理方式上',
        option: '预算审批、PO 或会计处理',
      },
      'bil-contract': {
        ask: '与 Microsoft 的企业协议 (EA) 或其他合同是否停滞？',
        finding: '与 Microsoft 的企业协议 (EA) 或其他合同停滞',
        option: 'EA 或其他合同停滞',
      },
      'bil-plan-features': {
        ask: '客户是否需要当前计划之外的功能（例如从 E3 升级到 E5）？',
        finding: '需要当前计划之外的功能（例如从 E3 升级到 E5）',
        option: '需要更高级的计划（如 E5）',
      },
      'rel-incidents': {
        ask: '客户是否遇到过 Microsoft 服务中断、服务事件或速度缓慢？',
        finding: '客户遇到过服务中断、服务事件或速度缓慢',
        option: '服务中断、事件或速度缓慢',
      },
      'rel-backup': {
        ask: '客户是否怀疑其数据能否在服务中备份和恢复？',
        finding: '怀疑数据能否在服务中备份和恢复',
        option: '对备份和恢复存疑',
      },
      'rel-transparency': {
        ask: '客户是否要求提供服务可靠性的证明（SLA、历史正常运行时间、信任和透明度资料）？',
        finding: '客户要求提供服务可靠性的证明',
        option: '要求提供可靠性证明',
      },
      'rel-control': {
        ask: '客户是否担心与本地部署相比会失去控制权？',
        finding: '担心与本地部署相比会失去控制权',
        option: '担心失去控制权',
      },
      'rel-updates': {
        ask: '客户是否担心更新和变更推送到用户的方式？',
        finding: '担心更新和变更推送到用户的方式',
        option: '担心更新推送到用户的方式',
      },
    },
    kindOptions: {
      environment: {
        title: '客户的 IT 环境',
        hint: '网络、设备、目录、服务器、Windows 或浏览器版本必须先变更',
        finding: '客户 IT 环境中的某些部分造成阻碍',
      },
      'it-org': {
        title: '客户的 IT 团队',
        hint: '人员、时间、预算或技能不足；IT 流程或政策',
        finding: '客户的 IT 团队是制约因素',
      },
      users: {
        title: '用户或业务部门',
        hint: '培训、就绪性、抵触情绪、业务上决定暂缓',
        finding: '用户或业务部门尚未就绪',
      },
      'service-gap': {
        title: 'Microsoft 服务有欠缺',
        hint: '缺少某项功能、设置或认证，或存在 Bug',
        finding: 'Microsoft 服务缺少客户需要的内容',
      },
      apps: {
        title: '客户自己的应用程序',
        hint: '业务线应用程序、加载项或集成无法与服务配合使用',
        finding: '客户自己的应用程序造成阻碍',
      },
      partner: {
        title: '合作伙伴',
        hint: '寻找或签约合作伙伴，或合作伙伴的工作',
        finding: '卡在合作伙伴身上',
      },
      licensing: {
        title: '许可或合同',
        hint: '已购买或必须购买的内容，与 Microsoft 的协议',
        finding: '许可或合同问题尚未解决',
      },
      trust: {
        title: '对服务的信任',
        hint: '服务中断、速度缓慢，对可靠性或控制权存疑',
        finding: '客户对服务的信任问题造成阻碍',
      },
    },
    workloads: {
      'm365-apps': 'Microsoft 365 应用版',
      teams: 'Teams',
      other: '其他工作负载',
    },
    phases: {
      assignment: {
        name: '分配',
        situation: '客户有意向使用服务，但有一个或多个问题阻止他们继续部署。',
      },
      delivery: {
        name: '交付',
        situation: '客户有意向使用服务，但有一个或多个问题阻止他们继续部署。',
      },
    },
    ftop: {
      labels: {
        whoUpdates: '谁更新 FTOP',
        l1: 'L1 值',
        l2: 'L2 值',
        l3: 'L3 值',
        serviceStatus: '服务状态',
        engagementScenario: '服务接洽场景',
        targetDate: '目标日期',
        owner: '负责人',
        notes: '备注',
        nextActionDate: '下一行动日期',
        nextAction: '要采取的下一行动',
      },
      values: {
        assignment: {
          whoUpdates: '分配 FM',
          l1: '受阻',
          l3: '暂无（L3 即将推出）',
          serviceStatus: '不适用',
          engagementScenario: '选择合适的场景',
          targetDate: '不适用',
          owner: '交付 FM',
          nextActionDate: '启动讨论的日期',
          nextAction: '启动会议',
        },
        delivery: {
          whoUpdates: '交付 FM',
          l1: '受阻',
          l3: '暂无（L3 即将推出）',
          serviceStatus: '不适用',
          engagementScenario: '保留上一值',
          targetDate: '预计的障碍解除日期',
          owner: '客户团队',
          nextActionDate: '待定',
          nextAction: '取决于 L2/L3',
        },
      },
    },
  },
  ui: {
    botName: '受阻问题分诊',
    commandWords: {
      start: ['开始', '分诊'],
      help: ['帮助'],
      list: ['列表'],
      explain: ['解释'],
      summary: ['摘要'],
      clearSummary: ['清除摘要'],
      language: ['语言'],
    },
    actions: {
      startTriage: '开始分诊',
      listL2s: '列出 L2',
      help: '帮助',
      back: '返回',
      startOver: '重新开始',
      chooseMyself: '自己选择 L2',
      useThis: '使用此 L2',
      explain: '解释',
      tryAgain: '重试',
      showPhase: '查看{phase}阶段',
      change: '更改',
      backToResult: '返回结果',
      thatsIt: '就是它',
      walkMe: '逐步引导我',
      showAll: '显示全部 L2',
      language: '语言',
      settle: '添加到评审摘要',
      copyForFtop: '复制到 FTOP',
      clearSummary: '清除摘要',
      confirmClear: '是，清除',
      cancel: '取消',
      changeAnswer: '更改“{question}”的回答',
      explainL2: '解释“{l2}”',
      page: '完整 L2 页面',
      use: '使用',
      details: '详细信息',
    },
    answers: { y: '是', n: '否', u: '不确定', none: '都不是' },
    welcome: {
      title: 'FastTrack 受阻问题分诊',
      intro: '当部署在 FTOP 中被设为 L1 **受阻** 时，我会找出正确的 L2，并给出可直接粘贴的 FTOP 字段和备注。',
      fastest: '最快的方法：直接在这里用你自己的话描述阻碍问题，例如“客户在等待新的 EA 合同”。我会立即给出 L2。',
      more: '也可以输入“开始”，按行动手册的问题逐步分诊；输入“帮助”查看所有命令。',
      channelTip: '在频道或群聊中，请 @提及我：所有人都会看到同一张卡片。',
    },
    help: {
      title: '我能做什么',
      commands: [
        { command: '开始', description: '开始引导式分诊（也可输入：分诊）。' },
        { command: '列表', description: '列出“受阻”的八个 L2 原因。' },
        { command: '解释 <L2 名称>', description: '按 ID 或名称显示某个 L2 的页面（例如：解释 应用兼容性）。' },
        { command: '帮助', description: '显示此卡片。' },
        { command: '摘要', description: '此对话的评审摘要，附带可复制到 FTOP 的内容。' },
        { command: '摘要 csv', description: '以 CSV 文件形式获取同一份评审摘要。' },
        { command: '清除摘要', description: '确认后清空评审摘要。' },
        { command: '语言', description: '选择我回复你时使用的语言。' },
      ],
      cards: '每个问题都可以返回、重新开始或自己选择 L2。结果会显示分配阶段或交付阶段的 FTOP 字段。',
      channelTip: '在频道或群聊中，请先 @提及我，再输入命令。',
    },
    workload: {
      title: '对受阻的部署进行分诊',
      prompt: '哪个工作负载受阻？',
    },
    question: {
      progress: '第 {number} 题，最多 {max} 题 · {workload}',
      leaning: '倾向于：{l2}',
    },
    result: {
      title: '{l1} › {l2}',
      confidence: { other: '置信度：{percent}（已回答 {count} 题）' },
      chosen: '由你选择',
      fromDescription: '置信度：{percent}（根据你的描述）',
      why: '依据',
      definition: '定义',
      scope: '范围',
      confirm: '与客户确认',
      workloadQuestions: '针对{workload}',
      notThis: '以下情况不属于此 L2…',
      belongsTo: '{example} → {l2}',
      ftop: 'FTOP 字段（{phase}阶段）',
      ftopAll: '全部 FTOP 字段（{phase}阶段）',
      notesLine: 'FTOP 备注',
      notRight: '不对？其他候选',
      runnerUp: '{l2} · {percent}',
      unsettledTitle: '这些回答还不足以确定',
      unsettledIntro: '以下 L2 符合你的回答。请选出符合的一个，或从全部八个中选择。',
      useCandidate: '使用“{l2}”',
      nextAction: '消除阻碍：{l2}',
      portal: '{portal}（{local}）',
    },
    notes: {
      head: '{l1} – {l2} [{id}]',
      headWorkload: '{l1} – {l2} [{id}]（{workload}）',
      withDetails: '{head}：{details}。',
      withoutDetails: '{head}。',
      separator: '；',
    },
    choose: {
      title: '选择 L2',
      intro: '选择合适的 L2。',
      kept: '你目前的回答会保留。',
    },
    list: {
      title: '{l1}：八个 L2 原因',
      intro: '{definition}',
    },
    explain: {
      validExamples: '有效示例场景',
      invalidExamples: '无效示例场景（请改用所列的 L2）',
      confirm: '向客户确认的问题',
      workloadQuestions: '{workload}的工作负载特定问题',
      notFound: '我不知道名为“{query}”的 L2。以下是全部八个；请输入“解释”加 ID 或名称。',
      missing: '哪个 L2？请输入“解释”加 ID 或名称，例如“解释 合作伙伴参与”。',
    },
    stale: {
      title: '此卡片已过期',
      text: '它由旧版机器人生成，或其数据已被更改。请重新开始以获取新卡片。',
    },
    error: {
      title: '我这边出了问题',
      text: '你的回答已保留在此卡片上。请重试，或重新开始。',
      message: '抱歉，我这边出了问题。你的回答已保留：请再次点击卡片，或输入“开始”。',
    },
    suggestion: {
      title: '看起来是：{l2}',
      youWrote: '你的描述',
      confidence: '置信度：{percent}',
      why: '依据',
      evidenceTerm: '“{text}”指向{l2}',
      evidenceExample: '类似“{text}”（{l2}）',
      alsoPossible: '也可能是',
      abstain: '我不确定这属于哪个 L2。我们来逐步判断吧。',
      truncated: '（已截断）',
    },
    language: {
      title: '选择语言',
      changed: '从现在起，我将用{language}回复你。',
    },
    summary: {
      title: { other: '评审摘要：{count} 个阻碍问题' },
      empty: '此对话中尚未记录任何内容：完成一次分诊后，点击“添加到评审摘要”。',
      customer: '客户',
      workload: '工作负载',
      l2: 'L2',
      notes: '备注',
      confirmedBy: '确认人',
      when: '时间',
      copyHeading: '复制到 FTOP',
      csvName: '评审摘要.csv',
      csvReady: '评审摘要（CSV 文件）。',
      clearQuestion: '清除此对话的评审摘要？此操作无法撤消。',
      cleared: '评审摘要已清除。',
      kept: '评审摘要已保留。',
      settled: '已由 {name} 添加到评审摘要。',
      answeredBy: '回答人：{name}',
      unknownCustomer: '（未提供）',
    },
    extensions: {
      quoted: '{author} 写道',
      from: '来自 {author} 的消息',
      fromMessage: '引用的消息',
      posted: '我正在把建议发布到该消息下方，这里的每个人都可以在上面处理。',
      dialogTitle: '分诊此阻碍问题',
      privateIntro:
        '只有你能看到此内容：我不是此对话的成员。发布它即可分享；或者把我添加到对话中，让每个人处理同一张卡片。',
      post: '发布到对话中',
      noText: '该消息中没有我能读取的文字。请改用你自己的话向我描述阻碍问题。',
      fits: '与描述相符：{percent}%',
    },
    files: {
      tsvHeading: 'Excel 表格（制表符分隔）',
      howTo:
        '机器人无法在频道、群聊或会议中发送文件。复制此表格并粘贴到 Excel 中：它会自动分列，你可以在那里将其另存为文件。',
      declined: '好的，不发送文件。输入“摘要”即可在此查看评审摘要。',
      expired: '此文件的发送邀请已过期。输入“摘要 csv”重新获取。',
      failed: '我无法上传该文件。没有丢失任何内容：输入“摘要 csv”重试。',
    },
    notAllowed: '你的组织无法使用此机器人。',
    storageDown: '抱歉，我暂时无法访问存储。未做任何更改；请一分钟后重试。',
  },
};
