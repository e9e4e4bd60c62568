import { LocaleText } from './types';

/** 日本語: プレイブックの内容 (playbook-pages/) とボットが表示するすべての文字列。 */
export const ja: LocaleText = {
  locale: 'ja',
  languageName: '日本語',
  playbook: {
    l1: {
      name: 'ブロック中',
      definition:
        '顧客はワークロードの使用を予定していますが、アカウント チームまたはエンジニアリング チームの支援を受けて取り除く必要がある阻害要因があります。',
    },
    l2: {
      'customer-it-infrastructure-remediation': {
        name: '顧客の IT インフラストラクチャと修復',
        definition:
          '顧客環境にある周辺の IT インフラストラクチャ コンポーネント (互換性のない VPN デバイス、ハードウェアの更新、Active Directory の複雑さ、ハイブリッド シナリオ、クライアント、ブラウザーなど) への依存関係が、導入を妨げています。',
        scope: '問題はテクノロジに関連している必要があります。人やプロセスに関連するものではありません。',
        validExamples: [
          '顧客は Internet Explorer (IE) または Windows をアップグレードする必要があります。',
          '顧客には、展開の前に対処する必要がある AD の複雑な問題があります。',
          '顧客のネットワークは帯域幅が不足しており、アップグレードが必要です。',
          '顧客は合併の途中であり、Active Directory が統合されるまで移行できません。',
          '顧客には、Office 365 (O365) サービスと互換性のない特定の構成があります。',
        ],
        invalidExamples: [
          {
            text: 'IT 部門に、サービスの展開に必要なアーキテクチャの専門知識がありません。',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: '顧客には、変更できない特定の技術的プロセスがあります。',
            belongsTo: 'it-change-management-resourcing',
          },
        ],
      },
      'it-change-management-resourcing': {
        name: 'IT 変更管理とリソース確保',
        definition:
          'サービスのメンテナンスや更新によって、顧客の既存の IT プロセスやポリシー (IT プロセス、監視、インシデント対応、問題の検出、自宅での使用に関するポリシーなど) が機能しなくなり、導入が妨げられています。変更を管理するには、プロセスまたはポリシーの再設計が必要です。また、顧客に修復のためのリソース (予算または人員) が不足している場合もあります。',
        scope:
          '問題は技術管理者または IT チームに関連している必要があります。基盤となるテクノロジ、ユーザーの準備状況、ビジネス ルールに直接関連するものではありません。',
        validExamples: [
          'IT 部門には、今四半期に展開を実施するための十分な人員または予算がありません。',
          'IT 部門に、サービスの展開に必要なアーキテクチャの専門知識がありません。',
          'サービスの毎月の更新サイクルによって、IT 部門が社内ソフトウェアを認定する方法が成り立たなくなります。',
          'ヘルプ デスクが、クラウド ワークロードをサポートする準備ができていません。',
        ],
        invalidExamples: [
          {
            text: 'プロキシとファイアウォールのハードウェアが、サービスへのトラフィックを処理できません。',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          {
            text: 'ユーザーがトレーニングを受けておらず、ビジネス部門も切り替えの準備ができていません。',
            belongsTo: 'adoption-readiness',
          },
          { text: '展開のために雇ったパートナーに、必要なスキルがありません。', belongsTo: 'partner-engagement' },
        ],
      },
      'adoption-readiness': {
        name: '導入の準備状況',
        definition:
          'エンド ユーザーの準備状況やビジネス プロセスなど、社内の変更管理に関する問題によって、顧客がサービスを導入できない状態です。IT の変更管理に関する問題には使用しないでください。',
        scope:
          'ほとんどの場合はユーザーの準備状況やトレーニングに関するもので、ビジネス上の決定の場合もあります。IT 担当者やテクノロジに関するものではありません。',
        validExamples: [
          '新しいサービスについてエンド ユーザーをトレーニングする計画が、まだありません。',
          'ビジネス リーダーが、業務のやり方を変えるのは繁忙期が終わってからにしたいと考えています。',
          'ある部門が現在の業務のやり方に依存しており、変更計画がなければ切り替えようとしません。',
        ],
        invalidExamples: [
          { text: 'IT チームに、展開を準備する時間がありません。', belongsTo: 'it-change-management-resourcing' },
          {
            text: 'AD の複雑な問題のため、ユーザーがサインインできません。',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'product-feature-capability': {
        name: '製品の機能/能力',
        definition:
          '製品またはサービスの中核となる機能 (セキュリティとプライバシーの設定、機能、認定を含む) が不足しているか、バグがあります。主に GetHelp または OneList を通じて解決されます。',
        scope: 'ギャップは Microsoft の製品またはサービス自体にあり、顧客の環境やアプリにあるのではありません。',
        validExamples: [
          '顧客にはサービスにまだない機能が必要で、その機能は OneList に登録されています。',
          '顧客が必要とするセキュリティ認定を、サービスが取得していません。',
          '製品のバグによって主要なシナリオが妨げられており、回避策がありません。',
        ],
        invalidExamples: [
          {
            text: 'その機能は存在しますが、顧客が購入していないプラン (E5) でのみ提供されています。',
            belongsTo: 'billing-licensing-subscription',
          },
          { text: '顧客独自の基幹業務アプリが、サービスで動作しません。', belongsTo: 'app-compatibility' },
        ],
      },
      'app-compatibility': {
        name: 'アプリの互換性',
        definition:
          '顧客の基幹業務 (LOB) アプリケーションがクラウド サービスと互換性がないか、互換性が認定されておらず、展開や使用を妨げています。',
        scope: '阻害要因は顧客独自のアプリケーションまたはアドインであり、サービスの機能不足ではありません。',
        validExamples: [
          '重要な Outlook アドインが、Microsoft 365 Apps (Office ProPlus) で動作しなくなります。',
          'ERP ベンダーが、新しいバージョンの Office で自社製品を認定していません。',
          '社内アプリに、クラウド ID で使用されているものとは異なる UPN 形式が必要です。',
        ],
        invalidExamples: [
          { text: '顧客が必要とする機能がサービスにありません。', belongsTo: 'product-feature-capability' },
          {
            text: '展開の前に Windows をアップグレードする必要があります。',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'partner-engagement': {
        name: 'パートナー エンゲージメント',
        definition:
          'パートナーの選定や契約が遅れているか、パートナーが技術的な展開や導入支援で行き詰まっています (スコープの制限、経験の不足など)。',
        scope:
          '阻害要因はパートナーです。パートナーを見つけることや契約すること、またはパートナーの遂行能力が問題です。',
        validExamples: [
          '顧客は、展開のためのパートナーをまだ選定していません。',
          'パートナーとの作業範囲記述書 (SOW) が、まだ交渉中です。',
          'パートナーはこのワークロードの経験が少なく、プロジェクトが停滞しています。',
        ],
        invalidExamples: [
          {
            text: 'IT スタッフにスキルが不足しており、パートナーの起用も検討されていません。',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: '顧客と Microsoft とのエンタープライズ契約が締結されていません。',
            belongsTo: 'billing-licensing-subscription',
          },
        ],
      },
      'billing-licensing-subscription': {
        name: '請求、ライセンス、サブスクリプション',
        definition:
          'サブスクリプションの問題 (ライセンスの適用、ライセンスの移行、誤った SKU、シート数の削減など) が解決されるまで、実装がブロックされています。解決には、販売担当者、LSS、LSA のいずれかまたは複数の関与が必要です。',
        scope:
          '顧客が購入したもの、または購入できるものに関する問題です。エンジニアリングではなく、販売担当者、LSS、または LSA の対応が必要です。',
        validExamples: [
          '展開の前に、ライセンスを新しいテナントに移行する必要があります。',
          '顧客は商用 SKU を購入しましたが、政府機関向けクラウド (GCC) が必要です。',
          'エンタープライズ契約 (EA) の更新が停滞しています。',
        ],
        invalidExamples: [
          { text: 'ある機能が、サービスのどのプランにも含まれていません。', belongsTo: 'product-feature-capability' },
          { text: 'パートナーとの契約が締結されていません。', belongsTo: 'partner-engagement' },
        ],
      },
      'service-reliability': {
        name: 'サービスの信頼性',
        definition:
          '遅延や計画外のサービス インシデント (障害) など、サービスのパフォーマンスが原因で顧客の信頼が低下しています。',
        scope: 'サービスの可用性とパフォーマンスに対する信頼に関するもので、機能の不足に関するものではありません。',
        validExamples: [
          '先月の障害を受けて、顧客は移行を一時停止しました。',
          'ユーザーからサービスの遅延が報告されており、経営陣はサービスが負荷に耐えられるか疑問視しています。',
          'サービスに障害が発生した場合にデータを復旧できるか、顧客が疑問を持っています。',
        ],
        invalidExamples: [
          {
            text: '顧客のネットワーク帯域幅が、サービスには不十分です。',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          { text: 'サービスにコンプライアンス認定がありません。', belongsTo: 'product-feature-capability' },
        ],
      },
    },
    questions: {
      kind: {
        ask: '主に何が妨げになっていますか？',
      },
      'detail-infrastructure': {
        ask: '顧客の IT 環境で、先に何を変更する必要がありますか？',
      },
      'detail-it-team': {
        ask: '顧客の IT チームの何が妨げになっていますか？',
      },
      'detail-adoption': {
        ask: 'ユーザーやビジネス部門の何が妨げになっていますか？',
      },
      'detail-feature': {
        ask: 'Microsoft のサービスで不足しているもの、または問題があるものは何ですか？',
      },
      'detail-apps': {
        ask: '顧客独自のアプリの何が妨げになっていますか？',
      },
      'detail-partner': {
        ask: 'パートナーの何が妨げになっていますか？',
      },
      'detail-licensing': {
        ask: 'ライセンスや契約の何が妨げになっていますか？',
      },
      'detail-reliability': {
        ask: 'サービスに対する顧客の信頼を揺るがしているのは何ですか？',
      },
      'ms-must-change': {
        ask: '顧客が先に進むには、Microsoft が製品を変更する必要がありますか (機能、設定、認定の追加、またはバグの修正)？',
        finding: 'Microsoft が製品を変更する必要がある',
      },
      'service-confidence': {
        ask: '顧客が踏み切れない理由は、Microsoft のサービス (可用性、速度、信頼性) に対する信頼の問題ですか？',
        finding: 'サービスに対する顧客の信頼が妨げになっている',
      },
      commercial: {
        ask: '阻害要因は、顧客が Microsoft から購入したもの、または購入する必要があるもの (ライセンス、サブスクリプション、契約) に関することですか？',
        finding: 'Microsoft との商取引上の問題 (ライセンス、サブスクリプション、契約) が未解決である',
      },
      'env-change': {
        ask: '顧客自身の IT 環境 (ネットワーク、デバイス、ディレクトリ、サーバー、Windows、ブラウザー) に、先にアップグレード、交換、または再構成が必要なものがありますか？',
        finding: '顧客自身の IT 環境に先に変更が必要なものがある',
      },
      'own-apps': {
        ask: '阻害要因は、顧客独自のアプリケーション、アドイン、または連携 (Microsoft 製品以外) がサービスで動作しないことですか？',
        finding: '顧客独自のアプリ、アドイン、または連携がサービスで動作しない',
      },
      'partner-involved': {
        ask: 'この展開に、パートナー (顧客が起用するコンサルティング会社やリセラー) が関わっていますか？',
        finding: 'パートナーが展開に関わっている',
      },
      'partner-holds-up': {
        ask: '進行を妨げているのはパートナーですか (選定や契約がまだ済んでいない、応答がない、作業を遂行できない)？',
        finding: 'パートナーが進行を妨げている',
      },
      'it-team': {
        ask: '制約になっているのは、顧客自身の IT チーム (人員、時間、予算、スキル、プロセス、ポリシー) ですか？',
        finding: '顧客自身の IT チームが制約になっている',
      },
      'users-business': {
        ask: '準備ができていないのは、IT 部門ではなく、エンド ユーザーまたはビジネス リーダーの側ですか (トレーニング、変化への抵抗、時期を待つという判断)？',
        finding: 'エンド ユーザーまたはビジネス リーダーの準備ができていない',
      },
      'inf-devices': {
        ask: 'サービス用のデスクトップやデバイスのセットアップに問題がありますか？',
        finding: 'サービス用のデスクトップやデバイスのセットアップに問題がある',
        option: 'PC やデバイスのセットアップ',
      },
      'inf-network': {
        ask: '顧客は、ネットワーク デバイス、帯域幅、またはサービスへの接続 (VPN、ファイアウォールなど) に問題を抱えていますか？',
        finding: 'ネットワーク デバイス、帯域幅、または接続 (VPN、ファイアウォール) に問題がある',
        option: 'ネットワーク、VPN、帯域',
      },
      'inf-server-upgrade': {
        ask: '移行の前に、顧客は Exchange または SharePoint の新しいバージョンにアップグレードする必要がありますか？',
        finding: '移行の前に Exchange/SharePoint のアップグレードが必要',
        option: 'Exchange/SharePoint の更新',
      },
      'inf-directory': {
        ask: '顧客のディレクトリ (Active Directory、ID 同期、フェデレーション) で、先に作業が必要ですか？',
        finding: 'ディレクトリ (Active Directory、ID 同期、フェデレーション) で先に作業が必要',
        option: 'ディレクトリや ID 同期',
      },
      'inf-merger': {
        ask: '阻害要因の背景に、会社の合併、買収、または分割がありますか？',
        finding: '背景に会社の合併、買収、または分割がある',
        option: '会社の合併、買収、分割',
      },
      'm365-windows-image': {
        ask: '顧客は、Windows 10 イメージが完成するまで Microsoft 365 Apps (Office ProPlus) を展開できない状態ですか？',
        finding: 'Microsoft 365 Apps の展開が Windows 10 イメージの完成待ち',
        option: 'Windows 10 イメージの完成待ち',
      },
      'm365-packaging': {
        ask: 'パッケージの作成または展開に問題がありますか？',
        finding: 'パッケージの作成または展開に問題がある',
        option: 'パッケージの作成や展開',
      },
      'm365-channel': {
        ask: '顧客は、チャネル通信の問題を抱えていますか？',
        finding: 'チャネル通信の問題がある',
        option: 'チャネル通信の問題',
      },
      'm365-update-solution': {
        ask: 'サービスの更新ソリューションの理解または展開に問題がありますか？',
        finding: '更新ソリューションの理解または展開に問題がある',
        option: '更新ソリューションの理解や展開',
      },
      'teams-exchange-first': {
        ask: '顧客は、先に Exchange を展開するのを待っていますか？',
        finding: '先に Exchange を展開するのを待っている',
        option: 'Exchange の展開待ち',
      },
      'itcm-resourcing': {
        ask: '顧客には、この作業のための IT スタッフ、管理者の工数、または予算が不足していますか？',
        finding: 'IT スタッフ、管理者の工数、または予算が不足している',
        option: 'IT スタッフ、工数、予算の不足',
      },
      'itcm-skills': {
        ask: '顧客自身の IT チームに、このワークロードのためのスキルが不足していますか？',
        finding: '顧客の IT チームにワークロードのためのスキルが不足している',
        option: 'IT チームのスキル不足',
      },
      'itcm-helpdesk': {
        ask: '顧客のヘルプ デスクがこのワークロードをサポートできるようになるには、事前の準備が必要ですか？',
        finding: 'ワークロードをサポートするためにヘルプ デスクの準備が必要',
        option: 'ヘルプ デスクの準備が必要',
      },
      'itcm-update-cadence': {
        ask: 'サービスの更新頻度が、IT 部門によるソフトウェアのテスト、承認、管理の進め方と衝突していますか？',
        finding: 'サービスの更新頻度が IT 部門のソフトウェア管理の進め方と衝突している',
        option: '更新頻度と IT の管理プロセスの衝突',
      },
      'itcm-allow-lists': {
        ask: 'IT 部門は、ネットワークの許可リスト (URL と IP アドレス範囲) を最新の状態に保つのに苦労していますか？',
        finding: 'IT 部門がネットワークの許可リストを最新の状態に保つのに苦労している',
        option: '許可リストを最新に保てない',
      },
      'itcm-policy': {
        ask: '顧客の IT ポリシーまたはセキュリティ ポリシーを、先に改定する必要がありますか？',
        finding: 'IT ポリシーまたはセキュリティ ポリシーを先に改定する必要がある',
        option: 'IT/セキュリティ ポリシーの改定',
      },
      'ado-user-education': {
        ask: '展開を進める前に、ユーザーへのトレーニングや教育が必要ですか？',
        finding: '先にユーザーへのトレーニングや教育が必要',
        option: 'ユーザーへのトレーニングが必要',
      },
      'ado-departments': {
        ask: '一部の部門が、他の部門よりもはるかに大きな影響を受けますか？',
        finding: '一部の部門が他の部門よりはるかに大きな影響を受ける',
        option: '一部の部門への影響が特に大きい',
      },
      'ado-culture': {
        ask: '先に、企業文化や業務のやり方を変える必要がありますか？',
        finding: '先に企業文化や業務のやり方を変える必要がある',
        option: '企業文化や業務のやり方の変革',
      },
      'ado-plan': {
        ask: '先に進む前に、顧客には導入計画または変更管理計画が必要ですか？',
        finding: '先に導入計画または変更管理計画が必要',
        option: '導入計画や変更管理計画が必要',
      },
      'ado-business-decision': {
        ask: 'ビジネス リーダーが、展開を先送りしているか、展開の判断を保留していますか (ライセンスやパートナー以外の理由で)？',
        finding: 'ビジネス リーダーが展開を先送りしているか、判断を保留している',
        option: 'リーダーの判断保留',
      },
      'pfc-requirement': {
        ask: '顧客が必要とする機能や設定のうち、サービスに用意されていないものがありますか？',
        finding: '顧客が必要とする機能や設定がサービスに用意されていない',
        option: 'サービスにない機能や設定',
      },
      'pfc-bug': {
        ask: 'Microsoft 製品のバグが、顧客の妨げになっていますか？',
        finding: 'Microsoft 製品のバグが顧客の妨げになっている',
        option: '製品のバグ',
      },
      'pfc-logged': {
        ask: 'このギャップは、製品グループに登録済み (OneList または GetHelp) ですか？',
        finding: 'ギャップが製品グループに登録済み (OneList/GetHelp)',
      },
      'pfc-security': {
        ask: '顧客が必要としているのは、セキュリティ、プライバシー、またはコンプライアンスに関するもの (コントロール、設定、認定) ですか？',
        finding: '必要なものはセキュリティ、プライバシー、またはコンプライアンスに関するもの',
        option: 'セキュリティやコンプライアンス',
      },
      'pfc-residency': {
        ask: '顧客のデータを、サービスがデータの保存先として提供していない国や地域にとどめる必要がありますか？',
        finding: 'サービスが提供していない国や地域にデータをとどめる必要がある',
        option: '必要な国や地域にデータを置けない',
      },
      'pfc-workaround': {
        ask: '現時点で、顧客には許容できる回避策がありますか？',
        finding: '現時点で許容できる回避策がある',
      },
      'pfc-competitor': {
        ask: '顧客が必要とするものを、競合製品が提供していますか？',
        finding: '必要とされるものを競合製品が提供している',
      },
      'app-lob-testing': {
        ask: '顧客独自のアプリをサービスと組み合わせてテストした結果、問題が見つかりましたか？',
        finding: '顧客独自のアプリとサービスのテストで問題が見つかった',
        option: 'アプリのテストで問題が見つかった',
      },
      'app-vendor': {
        ask: 'アプリ ベンダーが、サービスでの自社製品の動作をまだ認定またはサポートしていない状態ですか？',
        finding: 'アプリ ベンダーがサービスでの自社製品の動作をまだ認定またはサポートしていない',
        option: 'ベンダーの認定待ち',
      },
      'app-identity': {
        ask: '顧客のアプリに、異なるサインインまたは ID の構成 (別の UPN 形式、レガシ認証など) が必要ですか？',
        finding: 'アプリに異なるサインインまたは ID の構成 (UPN 形式、レガシ認証など) が必要',
        option: 'アプリに別のサインインが必要',
      },
      'm365-addins': {
        ask: 'Office アドイン (Outlook、Excel、Word) が動作しなくなりますか？',
        finding: 'Office アドイン (Outlook、Excel、Word) が動作しなくなる',
        option: 'Office アドインが動作しない',
      },
      'm365-excel-formulas': {
        ask: 'アップグレードによって、カスタムの Excel 数式やマクロが影響を受けますか？',
        finding: 'カスタムの Excel 数式やマクロがアップグレードの影響を受ける',
        option: 'Excel の数式やマクロへの影響',
      },
      'par-skills': {
        ask: 'パートナーに、このワークロードのためのスキルや経験が不足していますか？',
        finding: 'パートナーにワークロードのためのスキルまたは経験が不足している',
        option: 'スキルや経験の不足',
      },
      'par-finding': {
        ask: '顧客はまだパートナーを探しているか、契約手続きの途中ですか？',
        finding: 'まだパートナーを探しているか、契約手続きの途中',
        option: 'パートナーが未選定・未契約',
      },
      'par-relationship': {
        ask: '顧客とパートナーの関係が悪化していますか？',
        finding: '顧客とパートナーの関係が悪化している',
        option: '顧客との関係が悪化',
      },
      'par-unresponsive': {
        ask: 'パートナーが応答しなくなっていますか (顧客または Microsoft に対して)？',
        finding: 'パートナーが応答しなくなっている',
        option: '応答がなくなった',
      },
      'par-scope': {
        ask: '展開に必要な作業が、パートナーの契約 (SOW) のスコープ外になっていますか？',
        finding: '展開に必要な作業がパートナーの契約 (SOW) のスコープ外',
        option: '必要な作業が SOW のスコープ外',
      },
      'bil-assignment': {
        ask: 'ライセンスに、不足、未割り当て、または数の誤りがありますか？',
        finding: 'ライセンスに不足、未割り当て、または数の誤りがある',
        option: 'ライセンスの不足や未割り当て',
      },
      'bil-platform': {
        ask: '顧客は、誤ったプラットフォームまたは SKU を購入しましたか (政府機関向けクラウドが必要な場合など)？',
        finding: '誤ったプラットフォームまたは SKU を購入した',
        option: 'プラットフォームや SKU の誤り',
      },
      'bil-tenant-move': {
        ask: 'ライセンスまたはサブスクリプションを移行する必要がありますか (別のテナント、データセンター、地域への移行、または合併に伴う移行)？',
        finding: 'ライセンスまたはサブスクリプションの移行 (テナント、データセンター、地域) が必要',
        option: 'ライセンスの移行',
      },
      'bil-capex': {
        ask: '予算承認、発注書 (PO)、または会計上の扱い (資本的支出) が原因で、購入が保留されていますか？',
        finding: '予算承認、PO、または会計上の扱いが原因で購入が保留されている',
        option: '予算承認、PO、会計上の扱い',
      },
      'bil-contract': {
        ask: 'Microsoft とのエンタープライズ契約 (EA) またはその他の契約が停滞していますか？',
        finding: 'Microsoft とのエンタープライズ契約またはその他の契約が停滞している',
        option: 'EA やその他の契約の停滞',
      },
      'bil-plan-features': {
        ask: '顧客は、現在のプランに含まれていない機能を必要としていますか (E3 から E5 への変更が必要な場合など)？',
        finding: '現在のプランに含まれていない機能が必要 (E3 から E5 など)',
        option: '上位プランが必要 (E5 など)',
      },
      'rel-incidents': {
        ask: '顧客は、Microsoft のサービスで障害、インシデント、または遅延を経験していますか？',
        finding: '顧客がサービスの障害、インシデント、または遅延を経験している',
        option: '障害、インシデント、遅延',
      },
      'rel-backup': {
        ask: '顧客は、サービス内のデータをバックアップおよび復旧できるかどうかに疑問を持っていますか？',
        finding: 'サービス内のデータのバックアップと復旧に疑問を持っている',
        option: 'バックアップと復旧への疑問',
      },
      'rel-transparency': {
        ask: '顧客は、サービスの信頼性を示す根拠 (SLA、稼働率の実績、透明性と信頼に関する資料) を求めていますか？',
        finding: '顧客がサービスの信頼性を示す根拠を求めている',
        option: '信頼性の根拠を求めている',
      },
      'rel-control': {
        ask: '顧客は、オンプレミスでの運用と比べてコントロールを失うことを懸念していますか？',
        finding: 'オンプレミスと比べてコントロールを失うことを懸念している',
        option: 'コントロールを失う懸念',
      },
      'rel-updates': {
        ask: '顧客は、更新や変更がユーザーにどう届くかを懸念していますか？',
        finding: '更新や変更がユーザーにどう届くかを懸念している',
        option: '更新や変更のユーザーへの届き方',
      },
    },
    kindOptions: {
      environment: {
        title: '顧客の IT 環境',
        hint: 'ネットワーク、デバイス、ディレクトリ、サーバー、Windows やブラウザーのバージョンを先に変更する必要がある',
        finding: '顧客の IT 環境に妨げになっているものがある',
      },
      'it-org': {
        title: '顧客の IT チーム',
        hint: '人員、時間、予算、スキルの不足、IT のプロセスやポリシー',
        finding: '顧客の IT チームが制約になっている',
      },
      users: {
        title: 'ユーザーまたはビジネス部門',
        hint: 'トレーニング、準備状況、変化への抵抗、時期を待つというビジネス上の判断',
        finding: 'ユーザーまたはビジネス部門の準備ができていない',
      },
      'service-gap': {
        title: 'Microsoft のサービスの不足',
        hint: 'サービスにない機能、設定、認定、またはバグ',
        finding: '顧客が必要とするものが Microsoft のサービスにない',
      },
      apps: {
        title: '顧客独自のアプリ',
        hint: 'サービスで動作しない基幹業務アプリ、アドイン、連携',
        finding: '顧客独自のアプリが妨げになっている',
      },
      partner: {
        title: 'パートナー',
        hint: 'パートナーの選定や契約、またはパートナーの作業',
        finding: 'パートナーのところで行き詰まっている',
      },
      licensing: {
        title: 'ライセンスまたは契約',
        hint: '購入済みのもの、購入が必要なもの、Microsoft との契約',
        finding: 'ライセンスまたは契約の問題が未解決である',
      },
      trust: {
        title: 'サービスへの信頼',
        hint: '障害、遅延、信頼性やコントロールに対する不安',
        finding: 'サービスに対する顧客の信頼が妨げになっている',
      },
    },
    workloads: {
      'm365-apps': 'Microsoft 365 Apps',
      teams: 'Teams',
      other: 'その他のワークロード',
    },
    phases: {
      assignment: {
        name: '割り当て',
        situation: '顧客はサービスの使用を予定していますが、1 つ以上の問題によって展開を進められない状態です。',
      },
      delivery: {
        name: '提供',
        situation: '顧客はサービスの使用を予定していますが、1 つ以上の問題によって展開を進められない状態です。',
      },
    },
    ftop: {
      labels: {
        whoUpdates: 'FTOP を更新する担当者',
        l1: 'L1 の値',
        l2: 'L2 の値',
        l3: 'L3 の値',
        serviceStatus: 'サービスの状態',
        engagementScenario: 'サービス エンゲージメントのシナリオ',
        targetDate: '目標日',
        owner: '担当者',
        notes: 'メモ',
        nextActionDate: '次のアクションの日付',
        nextAction: '次に実行するアクション',
      },
      values: {
        assignment: {
          whoUpdates: '割り当て FM',
          l1: 'ブロック中',
          l3: 'まだなし (L3 は近日公開予定)',
          serviceStatus: '該当なし',
          engagementScenario: '適切なシナリオを選択',
          targetDate: '該当なし',
          owner: '提供 FM',
          nextActionDate: '初回ディスカッションの日付',
          nextAction: 'キックオフ ミーティング',
        },
        delivery: {
          whoUpdates: '提供 FM',
          l1: 'ブロック中',
          l3: 'まだなし (L3 は近日公開予定)',
          serviceStatus: '該当なし',
          engagementScenario: '前の値のまま',
          targetDate: 'ブロック解除の予定日',
          owner: 'アカウント チーム',
          nextActionDate: '未定',
          nextAction: 'L2/L3 によって異なる',
        },
      },
    },
  },
  ui: {
    botName: 'ブロッカー トリアージ',
    commandWords: {
      start: ['開始', 'トリアージ', 'スタート'],
      help: ['ヘルプ'],
      list: ['一覧', 'リスト'],
      explain: ['説明'],
      summary: ['サマリー', '要約'],
      clearSummary: ['サマリーをクリア', '要約をクリア'],
      language: ['言語'],
    },
    actions: {
      startTriage: 'トリアージを開始',
      listL2s: 'L2 の一覧',
      help: 'ヘルプ',
      back: '戻る',
      startOver: '最初からやり直す',
      chooseMyself: 'L2 を自分で選ぶ',
      useThis: 'この L2 を使用',
      explain: '説明',
      tryAgain: '再試行',
      showPhase: '{phase} フェーズで表示',
      change: '変更',
      backToResult: '結果に戻る',
      thatsIt: 'これで決定',
      walkMe: '質問に沿って確認する',
      showAll: 'すべての L2 を表示',
      language: '言語',
      settle: 'レビューのサマリーに追加',
      copyForFtop: 'FTOP 用にコピー',
      clearSummary: 'サマリーをクリア',
      confirmClear: 'はい、クリアします',
      cancel: 'キャンセル',
      changeAnswer: '「{question}」の回答を変更',
      explainL2: '「{l2}」を説明',
      page: 'L2 の全ページ',
      use: '使用',
      details: '詳細',
    },
    answers: { y: 'はい', n: 'いいえ', u: 'わからない', none: 'いずれでもない' },
    welcome: {
      title: 'FastTrack のブロッカー トリアージ',
      intro:
        'FTOP で展開が L1 **ブロック中** になったとき、適切な L2 を見つけ、貼り付けられる FTOP フィールドとメモ行をお渡しします。',
      fastest:
        'いちばん早い方法: ここにブロッカーを自分の言葉で書いてください (例: 「顧客が新しい EA 契約を待っている」)。すぐに L2 をお答えします。',
      more: '質問に沿って確認するには「開始」、すべてのコマンドは「ヘルプ」と入力してください。',
      channelTip: 'チャネルやグループ チャットでは、私を @メンションしてください。全員に同じカードが表示されます。',
    },
    help: {
      title: 'できること',
      commands: [
        { command: '開始', description: 'ガイド付きのトリアージを開始します (「トリアージ」でも開始できます)。' },
        { command: '一覧', description: '「ブロック中」の 8 つの L2 理由を一覧表示します。' },
        {
          command: '説明 <L2>',
          description: 'ID または名前を指定して、L2 のページを表示します (例: 説明 アプリの互換性)。',
        },
        { command: 'ヘルプ', description: 'このカードを表示します。' },
        {
          command: 'サマリー',
          description: 'この会話のレビューのサマリーを、FTOP にコピーできるブロック付きで表示します。',
        },
        { command: 'サマリー csv', description: '同じサマリーを CSV ファイルで送ります。' },
        { command: 'サマリーをクリア', description: '確認のうえ、サマリーを空にします。' },
        { command: '言語', description: '私が答える言語を選びます。' },
      ],
      cards:
        'どの質問でも、前に戻る、最初からやり直す、または L2 を自分で選ぶことができます。結果には、割り当てフェーズまたは提供フェーズの FTOP フィールドが表示されます。',
      channelTip: 'チャネルやグループ チャットでは、コマンドの前に私を @メンションしてください。',
    },
    workload: {
      title: 'ブロックされた展開のトリアージ',
      prompt: 'どのワークロードがブロックされていますか？',
    },
    question: {
      progress: '質問 {number} / 最大 {max} · {workload}',
      leaning: '有力な候補: {l2}',
    },
    result: {
      title: '{l1} › {l2}',
      confidence: { other: '信頼度: {percent} ({count} 件の回答に基づく)' },
      chosen: 'ご自身で選択しました',
      fromDescription: '信頼度: {percent} (説明に基づく)',
      why: '理由',
      definition: '定義',
      scope: '範囲',
      confirm: '顧客に確認する',
      workloadQuestions: '{workload} の場合',
      notThis: '次の場合はこの L2 ではありません…',
      belongsTo: '{example} → {l2}',
      ftop: 'FTOP フィールド ({phase} フェーズ)',
      ftopAll: 'すべての FTOP フィールド ({phase} フェーズ)',
      notesLine: 'FTOP のメモ行',
      notRight: '違う場合は、ほかの候補',
      runnerUp: '{l2} · {percent}',
      unsettledTitle: '回答だけでは判断できません',
      unsettledIntro: '回答に当てはまる L2 は次のとおりです。該当するものを選ぶか、8 つすべてから選んでください。',
      useCandidate: '{l2} を使う',
      nextAction: 'ブロッカーを解消: {l2}',
      portal: '{portal} ({local})',
    },
    notes: {
      head: '{l1} – {l2} [{id}]',
      headWorkload: '{l1} – {l2} [{id}] ({workload})',
      withDetails: '{head}: {details}。',
      withoutDetails: '{head}。',
      separator: '。',
    },
    choose: {
      title: 'L2 を選択',
      intro: '該当する L2 を選んでください。',
      kept: 'これまでの回答は保持されます。',
    },
    list: {
      title: '{l1}: 8 つの L2 理由',
      intro: '{definition}',
    },
    explain: {
      validExamples: '該当する例',
      invalidExamples: '該当しない例 (示されている L2 を使用してください)',
      confirm: '顧客に確認するための質問',
      workloadQuestions: '{workload} に固有の質問',
      notFound:
        '「{query}」という L2 は見つかりません。8 つすべてを以下に示します。「説明」に続けて ID または名前を入力してください。',
      missing:
        'どの L2 ですか？「説明」に続けて ID または名前を入力してください (例: 説明 パートナー エンゲージメント)。',
    },
    stale: {
      title: 'このカードは古くなっています',
      text: 'このカードは以前のバージョンのボットで作成されたか、データが変更されています。新しいカードを表示するには、もう一度開始してください。',
    },
    error: {
      title: 'こちらで問題が発生しました',
      text: '回答はこのカードに保持されています。もう一度お試しいただくか、最初からやり直してください。',
      message:
        '申し訳ありません。こちらで問題が発生しました。回答は保持されています。カードをもう一度クリックするか、「開始」と入力してください。',
    },
    suggestion: {
      title: '該当しそうな L2: {l2}',
      youWrote: '入力された内容',
      confidence: '信頼度: {percent}',
      why: '理由',
      evidenceTerm: '「{text}」は {l2} を示しています',
      evidenceExample: '「{text}」の例に類似 ({l2})',
      alsoPossible: 'ほかの候補',
      abstain: 'どの L2 に該当するか判断できません。質問に沿って確認しましょう。',
      truncated: '(省略)',
    },
    language: {
      title: '言語を選択してください',
      changed: '今後は{language}でお答えします。',
    },
    summary: {
      title: { other: 'レビューのサマリー: ブロッカー {count} 件' },
      empty:
        'この会話で確定したものはまだありません。トリアージを完了して「レビューのサマリーに追加」を押してください。',
      customer: '顧客',
      workload: 'ワークロード',
      l2: 'L2',
      notes: 'メモ',
      confirmedBy: '確認者',
      when: '日時',
      copyHeading: 'FTOP 用にコピー',
      csvName: 'レビューのサマリー.csv',
      csvReady: 'レビューのサマリーの CSV ファイルです。',
      clearQuestion: 'この会話のレビューのサマリーをクリアしますか？この操作は元に戻せません。',
      cleared: 'レビューのサマリーをクリアしました。',
      kept: 'レビューのサマリーは保持されます。',
      settled: '{name} さんがレビューのサマリーに追加しました。',
      answeredBy: '回答者: {name}',
      unknownCustomer: '(未指定)',
    },
    extensions: {
      quoted: '{author} さんの投稿',
      from: '{author} さんのメッセージ',
      fromMessage: '引用されたメッセージ',
      posted: 'このメッセージの下に提案を投稿します。ここにいる全員が同じカードで作業できます。',
      dialogTitle: 'このブロッカーをトリアージ',
      privateIntro:
        'これはあなたにだけ表示されています。私はこの会話のメンバーではありません。共有するには投稿してください。全員が同じカードで作業できるよう、私を会話に追加することもできます。',
      post: '会話に投稿',
      noText:
        'このメッセージには読み取れるテキストがありません。代わりに、ブロッカーをご自分の言葉で説明してください。',
      fits: '説明との一致: {percent}%',
    },
    files: {
      tsvHeading: 'Excel 用の表 (タブ区切り)',
      howTo:
        'ボットはチャネル、グループ チャット、会議ではファイルを送信できません。表をコピーして Excel に貼り付けると列に分かれます。そこでファイルとして保存できます。',
      declined: 'ファイルは送信しません。ここでレビューのサマリーを見るには「サマリー」と入力してください。',
      expired: 'このファイルの提供は期限切れです。新しく受け取るには「サマリー csv」と入力してください。',
      failed:
        'ファイルをアップロードできませんでした。失われたものはありません。「サマリー csv」と入力してもう一度お試しください。',
    },
    notAllowed: 'このボットは、ご利用の組織では使用できません。',
    storageDown:
      '申し訳ありません。現在、ストレージに接続できません。変更は行われていません。しばらくしてから、もう一度お試しください。',
  },
};
